/**
 * "cosmetic" set. Messages about cosmetic procedures and appearance: tattoos, piercings, hair dye, botox,
 * fillers, laser, scars, birthmarks, cosmetic surgery with a condition or on a medicine. Written by someone who
 * had read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.738). Scored by cosmetic.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --cosmetic --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const COSMETIC_MESSAGES: ConsumerMessage[] = [
  // why: asks only whether a tattoo (an exposure) raises her risk of a new keloid, which is susceptibility
  {
    subject: 'tattoo and keloids',
    message:
      "I've had keloids on my chest and shoulders since my teens, mostly from bad acne. I'd really like a small tattoo on my wrist. Does getting a tattoo raise the risk of another keloid forming there?",
    focus: 'keloids',
    types: ['susceptibility'],
  },
  // why: tattooing over patches to cover them is managing it (treatment); skin injury setting off new patches is what brings it on (cause)
  {
    message:
      'Is medical tattooing (micropigmentation) an option to cover the vitiligo on my hands? I also read somewhere that any injury to the skin can set off new white patches, is that true?',
    focus: 'vitiligo',
    types: ['treatment', 'cause'],
  },
  // why: laser and the age to start are treatment, darkening with age is the course (prognosis), "could she have Sturge-Weber" is diagnosis
  {
    subject: 'Baby girl with port wine stain on face',
    message:
      'Our daughter is 5 weeks old and was born with a port wine stain covering her left cheek and part of her eyelid. We love her to bits but I worry about how kids will treat her later. Can laser make it fade, and at what age should we start? Will it get darker and thicker as she grows? Our nurse mentioned that a mark near the eye can mean Sturge-Weber, should she be checked for that?',
    focus: 'port wine stain',
    types: ['treatment', 'prognosis', 'diagnosis'],
  },
  // why: a precaution about a procedure while on the medicine is contraindications
  {
    message: 'how long after finishing accutane is it safe to get laser hair removal',
    focus: 'accutane',
    types: ['contraindications'],
  },
  // why: whether botox is safe with myasthenia gravis is contraindications; botox with pyridostigmine is interactions
  {
    subject: 'botox with MG?',
    message:
      'I have myasthenia gravis (well controlled). Is botox for forehead lines safe for someone with MG? And can it interact with the Mestinon I take every day?',
    focus: 'botox',
    types: ['contraindications', 'interactions'],
  },
  // why: only asks whether to stop the medicine before an appointment, which is drug_usage
  {
    message:
      'do i need to stop my warfarin a few days before a tattoo appointment? its a big back piece and the artist is worried about bleeding',
    focus: 'warfarin',
    types: ['drug_usage'],
  },
  // why: bad healing after surgery is a problem the condition leads to (complications); surgeons experienced with EDS is find_specialist
  {
    subject: 'Tummy tuck with Ehlers-Danlos',
    message:
      "I'm 34 and have hypermobile EDS. After two pregnancies my stomach skin is really loose and I've been saving up for a tummy tuck. Do people with Ehlers-Danlos heal badly or get wide scars after surgery? And are there plastic surgeons who have experience operating on EDS patients? Thanks so much.",
    focus: 'Ehlers-Danlos',
    types: ['complications', 'find_specialist'],
  },
  // why: going away on its own is prognosis; propranolol at 3 months is a precaution (contraindications); later surgery to fix the skin is treatment
  {
    message:
      'My son has a strawberry hemangioma on the tip of his nose and it has doubled in size in a month. Will it go away on its own? The doctor suggested propranolol but is that safe for a baby who is only 3 months old? And if there is loose skin left afterwards, will he need plastic surgery?',
    focus: 'hemangioma',
    types: ['prognosis', 'contraindications', 'treatment'],
  },
  // why: asks only whether the neurofibromas can be removed, which is treatment
  {
    message:
      'I have NF1 and dozens of small bumps on my face and neck. Can they be removed by laser or surgery?',
    focus: 'NF1',
    types: ['treatment'],
  },
  // why: hair dye making it worse asks what brings it on (cause); regrowth is the outlook (prognosis)
  {
    message:
      'does hair dye make alopecia areata worse. i have 2 bald patches and want to color the rest of my hair. also will the hair grow back',
    focus: 'alopecia areata',
    types: ['cause', 'prognosis'],
  },
  // why: "could this be contact dermatitis" asks whether her signs are the condition, which is diagnosis
  {
    subject: 'reaction to hair dye',
    message:
      'I dyed my hair black at home on Sunday and now my scalp and forehead are swollen, itchy and weeping. Could this be contact dermatitis from the dye?',
    focus: 'contact dermatitis',
    types: ['diagnosis'],
  },
  // why: use in pregnancy is contraindications; unwanted facial hair from the medicine is side_effects
  {
    message:
      "Can I keep using minoxidil on my hairline now that I'm pregnant? Also, is it true it can make hair grow on your face?",
    focus: 'minoxidil',
    types: ['contraindications', 'side_effects'],
  },
  // why: laser/IPL is treatment, turning into a bumpy nose is complications, alcohol and spicy food as flare triggers are cause, a dermatologist is find_specialist
  {
    subject: 'laser for rosacea redness??',
    message:
      "Hi, I'm 42 and over the last few years my cheeks and nose have gone permanently red with little visible veins. My GP says rosacea. I hate photos now. Does IPL or laser actually work for the redness? Will my nose get bumpy and big like my grandfather's did? Does wine or spicy food make it flare? And is there a dermatologist in the Manchester area who really knows about it?",
    focus: 'rosacea',
    types: ['treatment', 'complications', 'cause', 'find_specialist'],
  },
  // why: only asks what causes it
  {
    message: 'what causes melasma? getting dark patches on my upper lip like a mustache',
    focus: 'melasma',
    types: ['cause'],
  },
  // why: link between tattoos and sarcoidosis is association; tests to confirm it are diagnosis
  {
    message:
      "A tattoo I've had for ten years has suddenly gone raised and lumpy, only in the red ink. My doctor mentioned sarcoidosis. Is there a known link between tattoos and sarcoidosis? What tests would confirm it?",
    focus: 'sarcoidosis',
    types: ['association', 'diagnosis'],
  },
  // why: options for the scars are treatment; whether it keeps coming back after surgery is the course (prognosis)
  {
    message:
      "hidradenitis suppurativa has left thick rope-like scars in both my armpits and I can't wear sleeveless tops. what can be done about the scars, and if they cut the skin out will it just come back anyway",
    focus: 'hidradenitis suppurativa',
    types: ['treatment', 'prognosis'],
  },
  // why: laser despite seizures is treatment; glaucoma later is complications; a next child having it is inheritance
  {
    subject: 'Sturge-Weber, laser and another baby',
    message:
      'Our daughter is 6 and has Sturge-Weber syndrome. She has a large purple birthmark over her forehead and one eye and had seizures as a toddler, now controlled with medicine. She has started to notice other kids staring and asked why her face is purple, which broke my heart. Is laser treatment of the birthmark possible for her given her seizure history and needing anaesthesia? Could she develop glaucoma in that eye later on? And we would love another baby, is there a chance a brother or sister would have it too?',
    focus: 'Sturge-Weber syndrome',
    types: ['treatment', 'complications', 'inheritance'],
  },
  // why: a cream for the facial bumps asks only about treatment
  {
    message:
      'is there a cream for the red bumps on the face from tuberous sclerosis? my 14 yr old is very self concious about them',
    focus: 'tuberous sclerosis',
    types: ['treatment'],
  },
  // why: dyeing hair is daily life (lifestyle); skin cancer is a problem albinism can lead to (complications)
  {
    message:
      'My teenage daughter has albinism and wants to dye her hair pink like her friends. Is it safe for her to do that? And is she more likely to get skin cancer?',
    focus: 'albinism',
    types: ['lifestyle', 'complications'],
  },
  // why: asks only whether the medicine causes a lasting problem, which is side_effects
  {
    subject: 'finasteride',
    message: 'Does finasteride cause erection problems that stay even after you stop taking it?',
    focus: 'finasteride',
    types: ['side_effects'],
  },
  // why: "what does it do" is indication; peeing a lot from it is side_effects
  {
    message:
      'My doctor wants to start me on spironolactone for the chin hair I get from PCOS. What does it actually do for hair, and will it make me pee all the time?',
    focus: 'spironolactone',
    types: ['indication', 'side_effects'],
  },
  // why: surgery and the best age are treatment, "why did it happen" is cause, his children having it is inheritance
  {
    message:
      'My son is 15 and has Poland syndrome, his right chest muscle is missing and that side is flat. He refuses to take his shirt off at the pool or the beach. What surgery options are there to even out his chest and what is the best age to do it? Why did this happen to him? Will his own children have it?',
    focus: 'Poland syndrome',
    types: ['treatment', 'cause', 'inheritance'],
  },
  // why: "how does it work" asks what the medicine does, which is indication
  {
    message: 'my dermatologist suggested deoxycholic acid injections for my double chin, how does it work',
    focus: 'deoxycholic acid',
    types: ['indication'],
  },
  // why: turning into melanoma is complications; whether it should be removed is treatment
  {
    subject: 'large birthmark on baby',
    message:
      'Our newborn has a big dark hairy birthmark across his lower back, the doctors called it a congenital melanocytic nevus. Can it turn into melanoma? Should we have it removed?',
    focus: 'congenital melanocytic nevus',
    types: ['complications', 'treatment'],
  },
  // why: asks only whether it runs in families, which is inheritance
  {
    message: 'is keratosis pilaris genetic? me and my mom both have the rough bumps on our arms',
    focus: 'keratosis pilaris',
    types: ['inheritance'],
  },
  // why: whether it means high cholesterol is a link between two conditions (association); lasering them off is treatment
  {
    message:
      'I have yellow flat patches on both upper eyelids and my beautician said its xanthelasma. does that mean i have high cholesterol? can they be lasered off',
    focus: 'xanthelasma',
    types: ['association', 'treatment'],
  },
  // why: how often to inject is drug_usage, insurance is other, sweating elsewhere caused by it is side_effects
  {
    subject: 'Botox for sweaty underarms',
    message:
      'I have severe hyperhidrosis and my dermatologist offered Botox under the arms. How often would I need to have the injections? Will insurance pay for it? And can it cause more sweating on other parts of the body?',
    focus: 'Botox',
    types: ['drug_usage', 'other', 'side_effects'],
  },
  // why: "is it the same as" asks what each condition is, which is information
  {
    message: 'Is morphea the same thing as scleroderma?',
    focus: 'morphea',
    types: ['information'],
  },
  // why: "what is it" is information, whether it keeps getting worse is prognosis, fat grafting is treatment
  {
    message:
      'what is parry romberg syndrome? the left side of my face has been slowly sinking in for 3 years. will it keep getting worse, and would fat grafting or fillers fill it back in?',
    focus: 'parry romberg syndrome',
    types: ['information', 'prognosis', 'treatment'],
  },
  // why: sun sensitivity from the cream is a side effect of the medicine
  {
    message: 'Does tretinoin cream make your skin burn more easily in the sun?',
    focus: 'tretinoin',
    types: ['side_effects'],
  },
  // why: fillers or a tattoo triggering a flare is cause, bruising from Plaquenil is side_effects, lupus groups are find_specialist
  {
    subject: 'Lupus and cosmetic stuff',
    message:
      "I'm 29 and have lupus, on Plaquenil for 4 years. The butterfly rash left some marks and I'd like to feel pretty again. Can fillers or getting my eyebrows tattooed trigger a lupus flare? Does Plaquenil make you bruise more after injections? Also are there any lupus support groups near Columbus Ohio?",
    focus: 'lupus',
    types: ['cause', 'side_effects', 'find_specialist'],
  },
  // why: getting ears pierced is daily life with the condition (lifestyle)
  {
    message: 'Can my 8 year old son with hemophilia get his ears pierced?',
    focus: 'hemophilia',
    types: ['lifestyle'],
  },
  // why: drinking asked as its cause is association; liposuction is treatment
  {
    message:
      "My dad has big fatty lumps around his neck and shoulders and was told it's Madelung's disease. Is it caused by drinking? He used to drink a lot. Can liposuction remove them?",
    focus: "Madelung's disease",
    types: ['association', 'treatment'],
  },
  // why: asks only how many babies are born with it, which is frequency
  {
    message:
      'Our baby boy was just diagnosed with Treacher Collins syndrome. His little face looks different and we have never heard of it before. How many babies are born with it?',
    focus: 'Treacher Collins syndrome',
    types: ['frequency'],
  },
  // why: laser for the spots is treatment; clinical trials for nosebleeds is research
  {
    message:
      'I have hereditary hemorrhagic telangiectasia and the little red spots on my lips and fingers are getting more noticeable. Can they be removed with laser? And are there any clinical trials for the nosebleeds?',
    focus: 'hereditary hemorrhagic telangiectasia',
    types: ['treatment', 'research'],
  },
  // why: "what is it / same as vitiligo" is information, whether patches spread is prognosis, which gene is genetic_changes
  {
    subject: 'white forelock',
    message:
      'Our newborn daughter has a white streak of hair at the front and white patches on her tummy and knees. The pediatrician said piebaldism. What is piebaldism and is it the same as vitiligo? Will the white patches spread as she grows? Which gene causes it?',
    focus: 'piebaldism',
    types: ['information', 'prognosis', 'genetic_changes'],
  },
  // why: whether the spots belong to Fabry disease asks whether a sign is part of it (symptoms)
  {
    message:
      'Are tiny dark red spots between the belly button and knees one of the signs of Fabry disease? My brother has it and I am noticing them on me',
    focus: 'Fabry disease',
    types: ['symptoms'],
  },
  // why: a tattoo while on it is a precaution (contraindications); skipping the weekly dose is drug_usage
  {
    message:
      "Is it ok to get a tattoo while I'm on methotrexate for my psoriasis, or should I skip my weekly dose that week?",
    focus: 'methotrexate',
    types: ['contraindications', 'drug_usage'],
  },
  // why: a tattoo setting off plaques is what brings it on (cause), mom having it asks heredity (inheritance), contagious is susceptibility
  {
    subject: 'psoriasis + tattoos',
    message:
      'so my tattoo artist refused to do my sleeve because of my psoriasis, said it could spread to him!! is psoriasis contagious?? also can a tattoo make psoriasis pop up in the tattooed skin, i read something about koebner. and my mom has it too so is it hereditary',
    focus: 'psoriasis',
    types: ['susceptibility', 'cause', 'inheritance'],
  },
  // why: going away by itself is prognosis; whether he needs surgery is treatment
  {
    message:
      'My 16 year old son has gynecomastia and is so embarrased he wont go swimming anymore. Will it go away on its own or will he need surgery?',
    focus: 'gynecomastia',
    types: ['prognosis', 'treatment'],
  },
];
