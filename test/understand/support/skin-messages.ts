/**
 * "skin" set: 40 messages about skin, eye and ear conditions, common and rare: what it is, why it happens,
 * whether it spreads or runs in families, creams and medicines and their side effects, whether it will get
 * worse, school, work, sport and looks, experts; some describe photos they cannot attach. Written by
 * someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. First scored before any change for it: focus 1.000, type F1 0.748. Scored by skin.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --skin --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const SKIN_MESSAGES: ConsumerMessage[] = [
  {
    // "What sets it off like this?" = cause (what brings on the flares); "is she likely to grow out of it?" = prognosis.
    subject: 'Winter flare ups',
    message:
      'Hi, my daughter is 6 and her eczema gets so much worse every winter, and also after her swimming lessons. The backs of her knees crack and bleed. What sets it off like this? And is she likely to grow out of it? Her big brother did by about 8.',
    focus: 'eczema',
    types: ['cause', 'prognosis'],
  },
  {
    // "will my vitiligo keep spreading" = prognosis (whether it gets worse; spreading over her own skin, not catching it).
    message: 'will my vitiligo keep spreading. got 2 new patches on my wrist this month',
    focus: 'vitiligo',
    types: ['prognosis'],
  },
  {
    // "did i get it from him??" (her dad has it) = inheritance. Focus is the misspelling "psoraisis" (psoriasis is held).
    message:
      'im 16 and got psoraisis on my scalp and elbows. my dad has it bad on his legs. did i get it from him??',
    focus: 'psoraisis',
    types: ['inheritance'],
  },
  {
    // "Could this be what I have?" = diagnosis; "Is there anything beyond antibiotics that actually works?" = treatment;
    // "what kind of specialist should I be asking to be referred to" = find_specialist. The photo is described, not a question.
    // Focus is the misspelling "hidradenitis supurativa" (hidradenitis suppurativa is held).
    subject: 'Boils that keep coming back',
    message:
      "Hello. I'm a 29 year old woman and for about three years I have had painful lumps in my armpits and in the groin crease. I wish I could attach a photo but the form won't let me: they look like big red boils, some burst and leak, and where they heal they leave rope-like scars and little holes that join up under the skin. My GP keeps giving me antibiotics and lancing them. I read about hidradenitis supurativa online and it sounds exactly like me. Could this be what I have? Is there anything beyond antibiotics that actually works? And what kind of specialist should I be asking to be referred to, a dermatologist or a surgeon?",
    focus: 'hidradenitis supurativa',
    types: ['diagnosis', 'treatment', 'find_specialist'],
  },
  {
    // "Which gene is it that's faulty?" = genetic_changes; "what are the chances it would happen again?" (a next baby) = inheritance.
    message:
      "Our son was born three weeks ago and the hospital has told us he has epidermolysis bullosa, the recessive dystrophic type. His skin comes off if you just lift him under the arms. We are both healthy and nobody in either family has anything like it. Which gene is it that's faulty? We had always wanted more children - what are the chances it would happen again?",
    focus: 'epidermolysis bullosa',
    types: ['genetic_changes', 'inheritance'],
  },
  {
    // "Are there any clinical trials for EB that children can join" = research.
    message: 'Are there any clinical trials for EB that children can join in the UK? My niece is 7.',
    focus: 'EB',
    types: ['research'],
  },
  {
    // "How does that work if I don't have it myself?" (being a carrier of it) = inheritance.
    message:
      "My son is 5 and has always had dry, dark scaly skin on his legs and tummy, like fish scales. The dermatologist has now said it is X-linked ichthyosis and that I am probably a carrier. I had no idea. How does that work if I don't have it myself?",
    focus: 'X-linked ichthyosis',
    types: ['inheritance'],
  },
  {
    // "Does red wine make rosacea flare up?" = cause (what brings on its flares, like "does beer bring the attacks on").
    message:
      "Does red wine make rosacea flare up? I was at my sister's wedding on Saturday, had two glasses and my face went bright red and burning for hours.",
    focus: 'rosacea',
    types: ['cause'],
  },
  {
    // "can i wear a wig at school?" = lifestyle (school, looks).
    message:
      "hi i'm 15 and i have alopecia areata, i've got three bald patches on the back of my head that i hide by wearing my hair down. can i wear a wig at school? i'm starting a new one in september and i don't want anyone to know",
    focus: 'alopecia areata',
    types: ['lifestyle'],
  },
  {
    // "Is this from the drops?" (long lashes, darker eye) = side_effects of latanoprost; glaucoma is only the background.
    message:
      'I am 71 and have been using latanoprost drops in both eyes for glaucoma for about a year. My wife noticed my eyelashes have grown very long and my left eye, which was hazel, seems to have gone browner. Is this from the drops?',
    focus: 'latanoprost',
    types: ['side_effects'],
  },
  {
    // "Is glaucoma passed down in families?" = inheritance; "Should I be getting my eyes checked for it now" = diagnosis (should I be tested).
    subject: 'Family history',
    message:
      "My mother lost most of her sight to glaucoma in her seventies and her brother had it too. I'm 44. Is glaucoma passed down in families? Should I be getting my eyes checked for it now, even though my vision seems fine?",
    focus: 'glaucoma',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "Is he going to go completely blind?" = prognosis.
    message:
      'My dad is 82 and has the wet kind of macular degeneration. He has injections in his eye every six weeks and is terrified. Is he going to go completely blind?',
    focus: 'macular degeneration',
    types: ['prognosis'],
  },
  {
    // "Where can I find a retina specialist who actually knows about it" = find_specialist.
    message:
      "Hello, I was diagnosed with retinitis pigmentosa at 34 after months of bumping into things at night. My optician is lovely but says it's beyond him. Where can I find a retina specialist who actually knows about it near Columbus, Ohio?",
    focus: 'retinitis pigmentosa',
    types: ['find_specialist'],
  },
  {
    // "Is it safe for him to keep driving?" = lifestyle (work, daily life).
    subject: 'Driving',
    message:
      'My husband has RP and his side vision keeps getting narrower. He drives a van for work. Is it safe for him to keep driving?',
    focus: 'RP',
    types: ['lifestyle'],
  },
  {
    // "it can get worse until your 30s, is that true?" = prognosis; "What does that [cross linking] involve and does it hurt?" = treatment.
    // Focus is the misspelling "keratoconis" (keratoconus is held).
    message:
      'Just got diagnosed with keratoconis at 19, my glasses never seemed right. The doctor said it can get worse until your 30s, is that true? She also talked about cross linking. What does that involve and does it hurt?',
    focus: 'keratoconis',
    types: ['prognosis', 'treatment'],
  },
  {
    // "Could the concert have caused my tinnitus?" = association (a named exposure asked as its cause); "Will it ever go away?" = prognosis.
    message:
      'I went to a rock concert three months ago and stood right by the speakers. Ever since, I have a high-pitched ringing in my right ear, worse at night. Could the concert have caused my tinnitus? Will it ever go away?',
    focus: 'tinnitus',
    types: ['association', 'prognosis'],
  },
  {
    // "Can you explain it in plain words?" = information; "does it run in families?" = inheritance;
    // "What can I do to stop the attacks" = prevention (of attacks); "is flying going to be a problem?" = lifestyle (work, travel).
    subject: 'Newly diagnosed',
    message:
      "I'm 52 and after a year of spinning attacks, a full feeling in my ear and hearing that goes up and down, the ENT says it's Meniere's disease. I don't really understand what it is. Can you explain it in plain words? My late mother had dizzy spells too, so does it run in families? What can I do to stop the attacks, I've been told to cut out salt? And I fly a lot for my job, is flying going to be a problem?",
    focus: "Meniere's disease",
    types: ['information', 'inheritance', 'prevention', 'lifestyle'],
  },
  {
    // "What is otosclerosis?" = information.
    message: 'What is otosclerosis? The audiologist wrote it on my hearing test results and I forgot to ask.',
    focus: 'otosclerosis',
    types: ['information'],
  },
  {
    // "What happens if we leave it and don't have the operation?" = complications (what happens when it is not treated).
    message:
      "Our 9 year old has a cholesteatoma in his left ear and the surgeon wants to operate in the spring. He's terrified of hospitals and we're tempted to put it off. What happens if we leave it and don't have the operation?",
    focus: 'cholesteatoma',
    types: ['complications'],
  },
  {
    // "can i drink on it??" = interactions (medicine with alcohol).
    message: 'im on accutane and my 18th is in 2 weeks. can i drink on it?? just a few',
    focus: 'accutane',
    types: ['interactions'],
  },
  {
    // "Is it safe to get pregnant while taking it, or how long after finishing do I need to wait?" = contraindications
    // (pregnancy; one question asked two ways).
    message:
      "I'm 23, female, and my dermatologist wants to start me on isotretinoin for cystic acne. My partner and I are thinking about trying for a baby next year. Is it safe to get pregnant while taking it, or how long after finishing do I need to wait?",
    focus: 'isotretinoin',
    types: ['contraindications'],
  },
  {
    // "Will it make my hair fall out?" = side_effects; "if I forget my day, can I take it the next day?" = drug_usage (missed dose).
    message:
      "My dermatologist wants to switch me to methotrexate for my psoriasis because the creams aren't doing enough. I'm worried because I've read it's a chemo drug. Will it make my hair fall out? Also it's a once a week tablet - if I forget my day, can I take it the next day?",
    focus: 'methotrexate',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Does Protopic ointment have to be kept in the fridge?" = storage_disposal.
    message:
      "Does Protopic ointment have to be kept in the fridge? I'm going on holiday for a month and want to bring it.",
    focus: 'Protopic',
    types: ['storage_disposal'],
  },
  {
    // "Is there lanolin in it?" = ingredients.
    subject: 'Lanolin allergy',
    message:
      "The pharmacist gave me hydrocortisone cream 1% for a rash on my neck. I'm allergic to lanolin. Is there lanolin in it?",
    focus: 'hydrocortisone',
    types: ['ingredients'],
  },
  {
    // "Does minoxidil work for alopecia areata or is it only for normal male baldness?" and "How does it actually make hair grow?"
    // = indication (what it is for, how it works), one type.
    message:
      'Does minoxidil work for alopecia areata or is it only for normal male baldness? How does it actually make hair grow?',
    focus: 'minoxidil',
    types: ['indication'],
  },
  {
    // "Doesn't it usually make you deaf in that ear?" = symptoms (whether a sign belongs to it);
    // "does it have to be taken out if it's small?" = treatment (surgery).
    message:
      "I'm 58. I had an MRI for headaches and it found a small acoustic neuroma on the right side. I hear fine, no ringing, nothing. Doesn't it usually make you deaf in that ear? And does it have to be taken out if it's small?",
    focus: 'acoustic neuroma',
    types: ['symptoms', 'treatment'],
  },
  {
    // "Is there a link between psoriasis and arthritis?" = association.
    message:
      "Is there a link between psoriasis and arthritis? I've had psoriasis on my elbows for 20 years and now my finger joints have started to swell and ache in the mornings.",
    focus: 'psoriasis',
    types: ['association'],
  },
  {
    // "What's the best thing to put on ichthyosis vulgaris?" = treatment (managing it).
    message:
      "What's the best thing to put on ichthyosis vulgaris? I've tried every moisturiser in the chemist and my shins still look like a crocodile every winter.",
    focus: 'ichthyosis vulgaris',
    types: ['treatment'],
  },
  {
    // "How rare is it?" = frequency; "What is the life expectancy for a baby born with it?" = prognosis.
    message:
      "A friend's baby was born last week with harlequin ichthyosis and is in intensive care. I had never heard of it. How rare is it? What is the life expectancy for a baby born with it? I want to understand before I visit.",
    focus: 'harlequin ichthyosis',
    types: ['frequency', 'prognosis'],
  },
  {
    // "Can she do outdoor sports if she's fully covered up, or is it too risky?" = lifestyle (sport);
    // "Are there other families or a support group we could contact?" = find_specialist (support groups).
    message:
      "Our daughter Maya is 8 and has xeroderma pigmentosum. She wears a UV visor and gloves whenever she is outside. Her friends have all joined the football team and she desperately wants to play. Can she do outdoor sports if she's fully covered up, or is it too risky? We also feel very alone with this. Are there other families or a support group we could contact?",
    focus: 'xeroderma pigmentosum',
    types: ['lifestyle', 'find_specialist'],
  },
  {
    // "How common is it?" = frequency; "If we have a third, what are the chances the baby will have it as well?" = inheritance.
    message:
      "Our second baby has oculocutaneous albinism and our first child doesn't. How common is it? If we have a third, what are the chances the baby will have it as well?",
    focus: 'oculocutaneous albinism',
    types: ['frequency', 'inheritance'],
  },
  {
    // "What could be causing this?" = cause. The photos are described, not asked about.
    message:
      "For the last two months I've been getting hives almost every day, big raised welts on my arms and stomach (I took photos but can't attach them here). I've changed my washing powder and cut out shellfish and it makes no difference. What could be causing this?",
    focus: 'hives',
    types: ['cause'],
  },
  {
    // "Can I put it on my 6 week old baby too?" = contraindications (who should not use the medicine).
    message:
      'The GP says the whole household has to use permethrin cream for scabies. Can I put it on my 6 week old baby too?',
    focus: 'permethrin',
    types: ['contraindications'],
  },
  {
    // "Can he still go to swimming lessons with school?" = lifestyle (school, sport);
    // "can he pass it to his little sister if they have a bath together?" = susceptibility (whether someone can catch it).
    message:
      'My son (5) has molluscum contagiosum on his tummy and arms. Can he still go to swimming lessons with school? And can he pass it to his little sister if they have a bath together?',
    focus: 'molluscum contagiosum',
    types: ['lifestyle', 'susceptibility'],
  },
  {
    // "Can lichen sclerosus turn into cancer?" = complications (another problem it can lead to).
    message:
      "I am 67 and was diagnosed with lichen sclerosus last year. I use the steroid ointment as I was told. My consultant mentioned I'll need to be checked every year. Can lichen sclerosus turn into cancer?",
    focus: 'lichen sclerosus',
    types: ['complications'],
  },
  {
    // "Could she have Waardenburg syndrome?" = diagnosis (could this be X). The photo is described, not asked about.
    message:
      "I can't attach a picture so I'll describe it: my daughter (2) has one bright blue eye and one brown eye, and a white streak at the front of her otherwise dark hair, since birth. Her newborn hearing screen was borderline and my cousin is deaf. Could she have Waardenburg syndrome?",
    focus: 'Waardenburg syndrome',
    types: ['diagnosis'],
  },
  {
    // "How often do I inject it, and is it the tummy or the thigh?" = drug_usage;
    // "does it have to stay in the fridge the whole time?" = storage_disposal. HS is only the background.
    message:
      "Starting Humira pens for my HS next week. How often do I inject it, and is it the tummy or the thigh? We're going camping for two weeks in August, does it have to stay in the fridge the whole time?",
    focus: 'Humira',
    types: ['drug_usage', 'storage_disposal'],
  },
  {
    // "Which genes cause Usher syndrome?" = genetic_changes.
    message:
      "Which genes cause Usher syndrome? Our son was born deaf and now at 10 he can't see in the dark, and the eye doctor thinks it's Usher. We're still waiting for the genetic test.",
    focus: 'Usher syndrome',
    types: ['genetic_changes'],
  },
  {
    // "any information on Netherton syndrome" = information.
    message: 'any information on Netherton syndrome please',
    focus: 'Netherton syndrome',
    types: ['information'],
  },
  {
    // "Will my insurance pay for phototherapy for vitiligo?" = other (insurance, costs).
    subject: 'Insurance',
    message:
      "Will my insurance pay for phototherapy for vitiligo? They told me it's cosmetic and refused the claim.",
    focus: 'vitiligo',
    types: ['other'],
  },
];
