/**
 * "eyes" set. Messages about eye and vision conditions and eye medicines (retinitis pigmentosa, keratoconus,
 * uveitis, glaucoma, the eyes in Marfan syndrome or albinism). Written by someone who had read neither the
 * understanding or retrieval code nor any earlier set, following the labeling guide (src/understand/README.md)
 * and checking only that each focus is a name the knowledge base holds. Scored once, before any change made for
 * it (focus 0.950, type F1 0.851). Scored by eyes.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --eyes --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const EYES_MESSAGES: ConsumerMessage[] = [
  {
    // "kerataconus info please" -> information (a request for an overview)
    message: 'kerataconus info please',
    focus: 'keratoconus',
    types: ['information'],
  },
  {
    // "How can he have it when neither of us does?" -> inheritance (how it passes in a family)
    // "will he go completely blind?" -> prognosis (the outlook for his sight)
    subject: 'my son has Stargardt disease',
    message:
      'Hello, my son is 14 and was just diagnosed with Stargardt disease after he failed ' +
      'the eye test at school. The doctor said it is genetic, but neither me nor his dad have ' +
      'any eye problems. How can he have it when neither of us does? And will he go completely ' +
      'blind? Thank you for any help.',
    focus: 'Stargardt disease',
    types: ['inheritance', 'prognosis'],
  },
  {
    // "is that from the drops?" -> side_effects (whether a change comes from the medicine)
    message:
      'been using latanoprost for my glaucoma for about 6 months and my lashes on that ' +
      'side have got really long and the eye looks darker brown than the other one. is that from ' +
      'the drops?',
    focus: 'latanoprost',
    types: ['side_effects'],
  },
  {
    // "Can she get the gene therapy?" -> treatment (a therapy for her)
    // "are there any trials for the other genes, like CEP290?" -> research (clinical trials)
    subject: 'LCA gene therapy',
    message:
      'Our daughter (4) has Leber congenital amaurosis. We have read about a gene therapy ' +
      'that gives some sight back. She has the RPE65 type. Can she get the gene therapy? Her ' +
      'cousin has LCA too but from a different gene, are there any trials for the other genes, ' +
      'like CEP290?',
    focus: 'Leber congenital amaurosis',
    types: ['treatment', 'research'],
  },
  {
    // "What does arthritis have to do with the eyes?" -> association (link between JIA and uveitis)
    // "what would uveitis look like if she got it?" -> symptoms (its signs)
    message:
      'hi, my 6 yr old has JIA and the rheumatologist says she needs eye checks every 3 ' +
      'months for uveitus even though her eyes look totally fine. What does arthritis have to do ' +
      'with the eyes?? and what would uveitis look like if she got it, so I know what to watch ' +
      'for',
    focus: 'uveitis',
    types: ['association', 'symptoms'],
  },
  {
    // "Is glacoma hereditary?" -> inheritance (runs in families)
    // "Should I be getting checked, and how often?" -> diagnosis (whether to be tested, screening)
    message:
      'Is glacoma hereditary? My mother lost most of her sight to it in her seventies and ' +
      'I am 45. Should I be getting checked, and how often?',
    focus: 'glaucoma',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "Can I use timolol eye drops if I have asthma?" -> contraindications (a precaution for a condition)
    message: 'Can I use timolol eye drops if I have asthma?',
    focus: 'timolol ophthalmic',
    types: ['contraindications'],
  },
  {
    // "how does it work?" -> indication (how the medicine works)
    // "will it make her vision blurry or her pupils big?" -> side_effects (effects of the medicine)
    subject: 'atropine for myopia',
    message:
      'Our optometrist suggested low dose atropine drops for my daughter (9) because her ' +
      'short sightedness is getting worse every year. It is an eye drop at bedtime. how does it ' +
      'work? and will it make her vision blurry or her pupils big at school?',
    focus: 'atropine ophthalmic',
    types: ['indication', 'side_effects'],
  },
  {
    // "Is he at higher risk of a detached retina?" -> complications (a problem it can lead to)
    // "will he be able to play rugby" -> lifestyle (sport)
    message:
      'My husband has Marfan syndrome and the lens in his left eye slipped when he was a ' +
      'teenager. Our son is 3 and was diagnosed with Marfan too. Is he at higher risk of a ' +
      'detached retina? And will he be able to play rugby like his dad wants him to when he is ' +
      'older?',
    focus: 'Marfan syndrome',
    types: ['complications', 'lifestyle'],
  },
  {
    // "Is the shaking of his eyes part of the albinism?" -> symptoms (whether a sign belongs to it)
    // "How much will he be able to see when he is grown?" -> prognosis (outlook for his sight)
    // "Will he need to go to a special school?" -> lifestyle (school)
    subject: 'new baby with albinism',
    message:
      'Hello. Our baby boy is 8 weeks old and has very white hair and pale skin, and the ' +
      'doctors say he has albinism. His eyes also shake side to side a lot. Is the shaking of ' +
      'his eyes part of the albinism? How much will he be able to see when he is grown? Will he ' +
      'need to go to a special school? Thank you so much.',
    focus: 'albinism',
    types: ['symptoms', 'prognosis', 'lifestyle'],
  },
  {
    // "Can aniridia lead to a kidney tumour?" -> complications (can it lead to cancer)
    // "which gene is it?" -> genetic_changes (the gene involved)
    message:
      'Our baby was born with almost no iris in both eyes, they call it aniridia. The ' +
      'genetics doctor wants her to have kidney ultrasounds every few months until she is 8 and ' +
      'mentioned Wilms tumour. Can aniridia lead to a kidney tumour? They also want to do a gene ' +
      'test, which gene is it?',
    focus: 'aniridia',
    types: ['complications', 'genetic_changes'],
  },
  {
    // "How long will I need to keep having them?" -> drug_usage (how long to take the medicine)
    // "is that from the ranibizumab or from the needle?" -> side_effects (whether a problem comes from it)
    subject: 'injections',
    message:
      'I get ranibizumab (Lucentis) injections for wet macular degeneration every 6 ' +
      'weeks. How long will I need to keep having them? Also after the last one I had a big red ' +
      'patch on the white of my eye, is that from the ranibizumab or from the needle?',
    focus: 'ranibizumab',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "Does smoking make me more likely to get it?" -> susceptibility (an exposure raising the risk)
    // "is there anything I can do to prevent it" -> prevention (preventing it)
    message:
      'My father has macular degeneration and is nearly blind now. I am 52 and have ' +
      'smoked since I was a teenager. Does smoking make me more likely to get it? And is there ' +
      'anything I can do to prevent it, like those eye vitamins they sell?',
    focus: 'macular degeneration',
    types: ['susceptibility', 'prevention'],
  },
  {
    // "What is Usher syndrome?" -> information (what the condition is)
    message:
      'What is Usher syndrome? my nephew was born deaf and now at 12 they say his night ' + 'vision is going',
    focus: 'Usher syndrome',
    types: ['information'],
  },
  {
    // "How rare is choroideremia?" -> frequency (how common it is)
    // "Are there any support groups" -> find_specialist (patient organizations, support groups)
    subject: 'choroideremia',
    message:
      'How rare is choroideremia? My brother has it and we have never met anyone else ' +
      'with it. Are there any support groups where he could talk to other people who have it?',
    focus: 'choroideremia',
    types: ['frequency', 'find_specialist'],
  },
  {
    // "Could it be retinoblastoma?" -> diagnosis (whether his signs could be it)
    subject: 'white glow in photos',
    message:
      "I noticed a white glow in my 10 month old's left eye in flash photos, the right " +
      'eye looks red like normal. Could it be retinoblastoma?',
    focus: 'retinoblastoma',
    types: ['diagnosis'],
  },
  {
    // "Is there any chance his sight will come back?" -> prognosis (whether he will recover)
    // "could she get it too?" -> inheritance (chance that a sibling gets it)
    // "Are there any trials" -> research (clinical trials)
    subject: 'Leber hereditary optic neuropathy - 22 year old son',
    message:
      'Dear raredesk, I am writing about my son who is 22. In March he said the middle of ' +
      'his vision in his right eye was foggy, and within six weeks the left eye went the same ' +
      'way. He is a student and cannot read his books or see faces anymore. After many ' +
      'appointments a blood test showed Leber hereditary optic neuropathy (LHON). We were told ' +
      "it comes through the mother's side and I now know my uncle lost his sight young. Is " +
      'there any chance his sight will come back? His sister is 18, could she get it too? Are ' +
      'there any trials he could join? He is so low right now and we feel lost. Thank you.',
    focus: 'Leber hereditary optic neuropathy',
    types: ['prognosis', 'inheritance', 'research'],
  },
  {
    // "what glasses or contacts help with the light?" -> treatment (managing it)
    // "can she still do PE outside?" -> lifestyle (school, exercise)
    message:
      'my daughter has achromatopsia and is very light sensitive, she squints all the ' +
      'time even on cloudy days. what glasses or contacts help with the light? can she still do ' +
      'PE outside with her class?',
    focus: 'achromatopsia',
    types: ['treatment', 'lifestyle'],
  },
  {
    // "Could this be Wolfram syndrome?" -> diagnosis (whether her signs could be it)
    subject: 'diabetes and optic atrophy',
    message:
      'My daughter got type 1 diabetes at 5 and now at 11 the eye doctor found optic ' +
      'atrophy in both eyes. She also wets the bed a lot. Someone on a forum said Wolfram. Could ' +
      'this be Wolfram syndrome?',
    focus: 'Wolfram syndrome',
    types: ['diagnosis'],
  },
  {
    // "Does nystagmus ever go away?" -> prognosis (the course)
    message: 'Does nystagmus ever go away?',
    focus: 'nystagmus',
    types: ['prognosis'],
  },
  {
    // "What kind of surgery is it" -> treatment (surgery)
    // "will he need more than one operation?" -> treatment (surgery)
    // "What happens if we wait?" -> complications (what happens when it is not treated)
    subject: 'newborn with cloudy eyes',
    message:
      'Our son is 3 weeks old. His eyes are big and cloudy and he cries and hides his ' +
      'face from light. The eye doctor thinks it is congenital glaucoma and wants to operate ' +
      'next week. What kind of surgery is it, and will he need more than one operation? What ' +
      'happens if we wait until he is a bit bigger?',
    focus: 'congenital glaucoma',
    types: ['treatment', 'complications'],
  },
  {
    // "Is the burning normal?" -> side_effects (a problem from the medicine)
    // "Can I keep the vials in the fridge" -> storage_disposal (storing it)
    message:
      'I started the cyclosporine eye drops (Restasis) for dry eye 2 weeks ago and it ' +
      'burns like crazy every time I put it in. Is the burning normal? Can I keep the vials in ' +
      'the fridge so they feel cooler going in?',
    focus: 'cyclosporine ophthalmic',
    types: ['side_effects', 'storage_disposal'],
  },
  {
    // "Do I have to wake up in the night to put them in?" -> drug_usage (timing)
    // "why can't I just stop them?" -> drug_usage (stopping)
    // "can these drops raise my eye pressure?" -> side_effects (a medicine's side effect)
    subject: 'perdnisolone drops',
    message:
      'I was given prednisolone drops for uveitis, 1 drop every hour while awake. Do I ' +
      'have to wake up in the night to put them in? The doc says I will need to taper them down ' +
      "over weeks, why can't I just stop them when my eye feels better? My friend said they can " +
      'raise eye pressure, can they?',
    focus: 'prednisolone',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "is it ok to use brimonidine drops with it?" -> interactions (with another medicine)
    message:
      'I take phenelzine for depression. My eye doctor wants me on brimonidine for my eye ' +
      'pressure, is it ok to use brimonidine drops with it?',
    focus: 'brimonidine',
    types: ['interactions'],
  },
  {
    // "Is that from the pills?" -> side_effects (whether a problem comes from the medicine)
    // "is it safe for me to take it?" -> contraindications (who should not take it)
    message:
      'My doctor put me on acetazolamide (Diamox) tablets until my glaucoma surgery. My ' +
      'fingers and toes tingle all day. Is that from the pills? Also I just remembered I am ' +
      'allergic to sulfa antibiotics, is it safe for me to take it?',
    focus: 'acetazolamide',
    types: ['side_effects', 'contraindications'],
  },
  {
    // "Will it keep getting worse?" -> prognosis (the course)
    // "what does cross-linking actually do?" -> treatment (a procedure for it)
    // "could that have caused it?" -> association (a named exposure asked as its cause)
    subject: 'keratoconus at 19',
    message:
      "Hi, I'm 19 and was just told I have keratoconus in both eyes. Will it keep " +
      'getting worse? The doctor wants to do cross-linking on my right eye first, what does ' +
      'cross-linking actually do? I have bad hay fever and rub my eyes a lot, could that have ' +
      'caused it? Thanks',
    focus: 'keratoconus',
    types: ['prognosis', 'treatment', 'association'],
  },
  {
    // "am I still allowed to drive?" -> lifestyle (daily life, driving)
    subject: 'stargardts and driving',
    message:
      'I am 28 with stargardts, my vision is down to 20/200 in my better eye. am I still ' +
      'allowed to drive?',
    focus: 'Stargardt macular degeneration',
    types: ['lifestyle'],
  },
  {
    // "What is Best disease, and is it the same thing as Stargardt?" -> information (what it is, difference)
    message:
      "The eye doctor said my daughter's scan looks like Best disease. What is Best " +
      'disease, and is it the same thing as Stargardt?',
    focus: 'Best disease',
    types: ['information'],
  },
  {
    // "will she have it or be a carrier?" -> inheritance (carriers, chance a child has it)
    // "should the boys stay off trampolines and contact sports?" -> lifestyle (sport, daily life)
    message:
      'Both my boys (7 and 10) have X-linked retinoschisis. I am pregnant again with a ' +
      'girl. Will she have it or be a carrier? And should the boys stay off trampolines and ' +
      'contact sports?',
    focus: 'X-linked retinoschisis',
    types: ['inheritance', 'lifestyle'],
  },
  {
    // "Will it turn into MS?" -> complications (whether it can turn into another condition)
    message: 'I had optic neuritis last year and my sight mostly came back. Will it turn into ' + 'MS?',
    focus: 'optic neuritis',
    types: ['complications'],
  },
  {
    // "How is it given?" -> drug_usage (how to take it)
    // "Is it safe if we want to try for a baby next year?" -> contraindications (pregnancy)
    // "does it have to be kept in the fridge" -> storage_disposal (storing it)
    subject: 'Humira for Behcets eye disease',
    message:
      "My wife has Behcet's with inflammation in both eyes and the steroids are not " +
      'enough. The doctor wants to start adalimumab (Humira). How is it given? Is it safe if we ' +
      'want to try for a baby next year? And does it have to be kept in the fridge, we travel a ' +
      'lot for work.',
    focus: 'adalimumab',
    types: ['drug_usage', 'contraindications', 'storage_disposal'],
  },
  {
    // "Can it damage my eyes?" -> side_effects (a medicine's side effect)
    message:
      'Been on hydroxychloroquine (plaquenil) 8 yrs for lupus, now my rheumy wants yearly ' +
      'eye scans. Can it damage my eyes?',
    focus: 'hydroxychloroquine',
    types: ['side_effects'],
  },
  {
    // "how do I stop the rest of us catching it?" -> prevention (preventing it)
    message:
      'my son has pink eye again, how do I stop the rest of us catching it? there are 6 ' +
      'of us in a small flat',
    focus: 'pink eye',
    types: ['prevention'],
  },
  {
    // "What are the early signs of diabetic retinopathy?" -> symptoms (early signs)
    // "Can I stop it happening by keeping my sugars good?" -> prevention (preventing it)
    message:
      'Type 1 diabetic since age 8, now 26. What are the early signs of diabetic ' +
      'retinopathy? Can I stop it happening by keeping my sugars good?',
    focus: 'diabetic retinopathy',
    types: ['symptoms', 'prevention'],
  },
  {
    // "Why does it happen in premature babies?" -> cause (why it happens)
    // "Will she need laser?" -> treatment (a therapy)
    // "will she be blind?" -> prognosis (outlook)
    subject: 'twins born at 26 weeks',
    message:
      'Our twin girls were born at 26 weeks. One of them has retinopathy of prematurity ' +
      '(ROP) stage 3 and the other one is fine so far. Why does it happen in premature babies? ' +
      'Will she need laser? and will she be blind?',
    focus: 'retinopathy of prematurity',
    types: ['cause', 'treatment', 'prognosis'],
  },
  {
    // "Is that true?" (that nothing can be done) -> treatment (whether there is any treatment)
    // "Are there any trials I could go on?" -> research (clinical trials)
    // "would my insurance cover it?" -> other (insurance)
    subject: 'RP',
    message:
      'I have retinitis pigmentosa, 35, tunnel vision getting narrower. My eye doctor ' +
      'says nothing can be done. Is that true? Are there any trials I could go on? If a gene ' +
      'therapy ever works for my type would my insurance cover it?',
    focus: 'retinitis pigmentosa',
    types: ['treatment', 'research', 'other'],
  },
  {
    // "Is it something I could inherit from her?" -> inheritance (whether it passes to a child)
    // "do you know of a cornea specialist in Ohio" -> find_specialist (doctors)
    message:
      "My mum has Fuchs' dystrophy and had a cornea transplant last year. I am 40 and my " +
      'eyes are fine so far. Is it something I could inherit from her? And do you know of a ' +
      'cornea specialist in Ohio?',
    focus: 'Fuchs dystrophy',
    types: ['inheritance', 'find_specialist'],
  },
  {
    // "Which gene causes ocular albinism?" -> genetic_changes (the gene involved)
    message: 'Which gene causes ocular albinism? my son has it but his skin and hair are normal.',
    focus: 'ocular albinism',
    types: ['genetic_changes'],
  },
  {
    // "how long is the bottle good for once opened?" -> storage_disposal (storing the medicine)
    message: 'dorzolamide-timolol drops, how long is the bottle good for once opened?',
    focus: 'dorzolamide and timolol',
    types: ['storage_disposal'],
  },
  {
    // "Does travoprost contain a preservative like BAK?" -> ingredients (what it contains)
    subject: 'preservatives',
    message:
      'My eyes get red and sore with drops that have benzalkonium chloride in them. Does ' +
      'travoprost contain a preservative like BAK?',
    focus: 'travoprost',
    types: ['ingredients'],
  },
];
