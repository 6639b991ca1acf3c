/**
 * "final27" set. Messages in every style: search-box queries, long stories, several questions, misspellings,
 * second-language English, medicines, subject lines. Written by someone who had read neither the understanding or
 * retrieval code nor any earlier set, following the labeling guide (src/understand/README.md) and checking only
 * that each focus is a name the knowledge base holds. Scored once, at the start of its round, before any change
 * (focus 1.000, type F1 0.865). Scored by final27.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --final27 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL27_MESSAGES: ConsumerMessage[] = [
  // why: a search query for "symptoms" asks only its signs
  {
    message: 'gilbert syndrome symptoms',
    focus: 'gilbert syndrome',
    types: ['symptoms'],
  },
  // why: "cure or just medicines to control it" is one treatment question asked two ways
  {
    message: 'Is there a cure for myasthenia gravis or only medicines to control it?',
    focus: 'myasthenia gravis',
    types: ['treatment'],
  },
  // why: morning/evening dosing is drug_usage; grapefruit juice with the medicine is interactions
  {
    subject: 'Question about Kalydeco',
    message:
      'Hi, my daughter is 9 and has cystic fibrosis. Her CF team just started her on Kalydeco. Should she take it morning and evening, or all at once? And is it ok for her to have grapefruit juice at breakfast, she drinks it every day.',
    focus: 'Kalydeco',
    types: ['drug_usage', 'interactions'],
  },
  // why: "could this be" is diagnosis; stop walking / how long they live is prognosis; trials is research
  {
    message:
      "My son Liam is 4. He has always been a bit clumsy but lately he falls a lot, has trouble getting up off the floor (he pushes on his legs with his hands to stand up) and his calves look really big for a little boy. The pediatrician did a blood test and said his CK is 'very high' and referred us to neurology, but the appointment is in 3 months. I have been reading online all night. Could this be Duchenne muscular dystrophy? If it is, will he stop walking, and how long do boys with it live? Are there any clinical trials he could join? Sorry for the long message, I am just so scared.",
    focus: 'Duchenne muscular dystrophy',
    types: ['diagnosis', 'prognosis', 'research'],
  },
  // why: which foods to avoid asks only about diet (lifestyle)
  {
    message:
      'Hello, my brother have the Wilson disease since 2 years, he take medicine every day but the doctor say he must eat special. Which foods he must not eat? Chocolate is ok? Thank you very much from Romania',
    focus: 'Wilson disease',
    types: ['lifestyle'],
  },
  // why: whether relatives should be tested is diagnosis; what it does to the liver untreated is complications
  {
    message:
      'my dad (62) was just diagnosed with hemochromatosis after a blood test for something else. should me and my 2 sisters get tested too? and what does it do to the liver if it isnt treated',
    focus: 'hemochromatosis',
    types: ['diagnosis', 'complications'],
  },
  // why: how rare / how many babies is one frequency question asked twice
  {
    message: 'how rare is Prader-Willi syndrome, how many babies are born with it',
    focus: 'Prader-Willi syndrome',
    types: ['frequency'],
  },
  // why: wine with it is interactions; hair loss from it is side_effects; safe to get pregnant on it is contraindications
  {
    subject: 'methotrexate and wine',
    message:
      "I was put on methotrexate once a week for my rheumatoid arthritis about 3 months ago. Can I still have a glass of wine at the weekend? My hair has started coming out in the brush, is that the methotrexate? Also my husband and I want to try for a baby next year, is it safe to get pregnant while I'm taking it?",
    focus: 'methotrexate',
    types: ['interactions', 'side_effects', 'contraindications'],
  },
  // why: "what is it" after a new diagnosis asks only for an overview
  {
    subject: 'never heard of this',
    message:
      'Our granddaughter was diagnosed with Kabuki syndrome yesterday. None of us had ever heard of it. What is Kabuki syndrome?',
    focus: 'Kabuki syndrome',
    types: ['information'],
  },
  // why: chance I have it from my mother is inheritance; a test before symptoms is diagnosis
  {
    message:
      "My mother was diagnosed with Huntington's disease last year, she is 58. What are the chances that I have it too? Is there a test that can tell me before I get any symptoms? I'm 30 and we are thinking about starting a family.",
    focus: "Huntington's disease",
    types: ['inheritance', 'diagnosis'],
  },
  // why: whether hair loss belongs to it asks symptoms
  {
    message: 'does lupus make your hair fall out',
    focus: 'lupus',
    types: ['symptoms'],
  },
  // why: can I catch it is susceptibility; "what actually is it" (is it cancer) is information
  {
    message:
      "My best friend has sarcoidosis in her lungs. I'm 5 months pregnant and see her almost every day, can I catch it from her? Also she says it isn't cancer but it sounds like it, what actually is it?",
    focus: 'sarcoidosis',
    types: ['susceptibility', 'information'],
  },
  // why: what causes it is cause; will tics get better with age is prognosis; what school can do is lifestyle
  {
    message:
      'Our son (8) was diagnosed with Tourette syndrome in the spring. What causes it? Will the tics get better when he is a teenager or an adult? His teacher keeps telling him to stop making noises in class - what can the school do to help him?',
    focus: 'Tourette syndrome',
    types: ['cause', 'prognosis', 'lifestyle'],
  },
  // why: long-term heart problems it leads to are complications
  {
    message: 'kawasaki disease long term heart problms',
    focus: 'kawasaki disease',
    types: ['complications'],
  },
  // why: stopping the pill working is interactions; dizziness from the tablets is side_effects
  {
    subject: 'Tegretol',
    message:
      "I started Tegretol for trigeminal neuralgia a month ago. Will it stop my birth control pill from working?? Also I've felt dizzy and sleepy every day since starting, is that from the tablets?",
    focus: 'Tegretol',
    types: ['interactions', 'side_effects'],
  },
  // why: new studies or trials asks research only
  {
    subject: 'gaucher disease type 3',
    message: 'are there any new studies or trials going on for type 3? my son is 6',
    focus: 'gaucher disease',
    types: ['research'],
  },
  // why: how diagnosed / genetic test is diagnosis; what kind of doctor is find_specialist; yoga is lifestyle
  {
    message:
      "I'm 27 and for as long as I can remember my joints have dislocated easily, I bruise from nothing and I've had chronic pain since my teens. Every doctor told me I was 'just flexible' or anxious. My new physio thinks I may have Ehlers-Danlos syndrome, hypermobile type. How is it diagnosed, is there a genetic test for it? What kind of doctor should I ask to be referred to? And is it ok to keep doing yoga, or could the stretching make my joints worse?",
    focus: 'Ehlers-Danlos syndrome',
    types: ['diagnosis', 'find_specialist', 'lifestyle'],
  },
  // why: stopping the crises is prevention; what helps the pain during one is treatment
  {
    message:
      'my nephew has sickle cell anemia and he keeps ending up in hospital with pain crises, like every couple of months. how can we stop the crises from happening so often. and when he does get one what helps the pain besides going to the ER',
    focus: 'sickle cell anemia',
    types: ['prevention', 'treatment'],
  },
  // why: taking ibuprofen while on warfarin asks interactions only
  {
    message:
      "I'm on warfarin for a clot in my leg. can i take ibuprofen for a headache or should I use something else",
    focus: 'warfarin',
    types: ['interactions'],
  },
  // why: which exam confirms it is diagnosis; driving with it is lifestyle
  {
    message:
      'Good day. I am from Brazil, living in Canada. My doctor think I have narcolepsy because I fall sleep at the work many times in the day, even in meetings. Which exam can confirm this? Also I can drive the car with this illness or is dangerous?',
    focus: 'narcolepsy',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: fridge and how long after opening are both storage questions
  {
    subject: 'Epidiolex storage',
    message:
      'our daughter takes Epidiolex for Dravet syndrome. does the bottle have to go in the fridge and how long is it good for after opening',
    focus: 'Epidiolex',
    types: ['storage_disposal'],
  },
  // why: chance next baby has it is inheritance; finding it in pregnancy is diagnosis; life expectancy is prognosis
  {
    subject: 'CF carriers - next baby?',
    message:
      'Our first son was diagnosed with cystic fibrosis through the heel prick test at 3 weeks old, and then we both found out we are carriers. We would like another child. What are the chances our next baby will have it? Can it be found during the pregnancy? And what is the life expectancy for children with CF today, the numbers I find online are all different.',
    focus: 'cystic fibrosis',
    types: ['inheritance', 'diagnosis', 'prognosis'],
  },
  // why: what sets off attacks is cause; newer treatments than danazol is treatment; kids getting it from me is inheritance
  {
    message:
      "I have hereditary angioedema and my swelling attacks seem to come after dental work or when I'm stressed. What sets the attacks off? I've been on danazol for years, are there newer treatments now? And will my kids get it from me?",
    focus: 'hereditary angioedema',
    types: ['cause', 'treatment', 'inheritance'],
  },
  // why: "what is PKU" is information; what she can eat is diet (lifestyle)
  {
    message:
      'My baby tested positive for PKU on the newborn screening and the hospital called us back. What is PKU? And what will she be allowed to eat when she is older?',
    focus: 'PKU',
    types: ['information', 'lifestyle'],
  },
  // why: what a medicine is used for is indication
  {
    message: 'what is hydroxychloroquine used for other than malaria',
    focus: 'hydroxychloroquine',
    types: ['indication'],
  },
  // why: how many kids have it is frequency; what gene is genetic_changes
  {
    message: 'how many kids have fragile x syndrome and what gene is it',
    focus: 'fragile x syndrome',
    types: ['frequency', 'genetic_changes'],
  },
  // why: pregnancy making MS worse long term is prognosis; baby getting it is inheritance; neurologist near Leeds is find_specialist
  {
    subject: 'MS and pregnancy',
    message:
      'I was diagnosed with multiple sclerosis (relapsing-remitting) two years ago at 31. My partner and I want a baby. Will pregnancy make my MS worse in the long run? Is there a chance our baby will get it from me? And is there a neurologist near Leeds who specialises in MS and pregnancy?',
    focus: 'multiple sclerosis',
    types: ['prognosis', 'inheritance', 'find_specialist'],
  },
  // why: whether hearing loss belongs to it asks symptoms
  {
    message: 'alport syndrome hearing loss?',
    focus: 'alport syndrome',
    types: ['symptoms'],
  },
  // why: how quickly it progresses is prognosis; treatment that slows it is treatment
  {
    message:
      'My aunt was diagnosed with ALS last month. How quickly does it usually progress? Is there any treatment that slows it down?',
    focus: 'ALS',
    types: ['prognosis', 'treatment'],
  },
  // why: what to do about a missed dose is drug_usage
  {
    message:
      "I'm a home carer for an 80 year old man with gout. He takes allopurinol every morning but he forgot it yesterday. Should I give him two tablets today to make up for it?",
    focus: 'allopurinol',
    types: ['drug_usage'],
  },
  // why: "could it be that" is diagnosis; turning into cancer is complications; specialist clinic is find_specialist
  {
    message:
      'my daughter is 3 and has 7 cafe au lait spots, the doctor mentioned NF1. could it be that even though no one else in the family has it? can NF1 turn into cancer? is there a specialist clinic for it in ohio',
    focus: 'NF1',
    types: ['diagnosis', 'complications', 'find_specialist'],
  },
  // why: catching it from the dog is susceptibility; keeping ticks off is prevention
  {
    message:
      'Can I get Lyme disease from my dog? He had a tick on him last week. And how do we keep ticks off us when we go hiking?',
    focus: 'Lyme disease',
    types: ['susceptibility', 'prevention'],
  },
  // why: "what is it" is information; passed from the mother is inheritance
  {
    message:
      'What is G6PD deficiency? my son was just diagnozed and the nurse said it came from my side, is that true, is it passed from the mother?',
    focus: 'G6PD deficiency',
    types: ['information', 'inheritance'],
  },
  // why: the only question is for a support group or organization, which is find_specialist
  {
    message:
      "Our daughter Mia is 11 and was diagnosed with Turner syndrome last year after we noticed she was not growing like her friends. She started growth hormone injections in the spring and she is doing great with them, she even does the injections herself now. But she is starting to feel different from the other girls in her class and she asked me if there are other girls 'like her'. Is there a support group or organization where she can meet other girls with Turner syndrome? We live in Texas.",
    focus: 'Turner syndrome',
    types: ['find_specialist'],
  },
  // why: drinking on it is interactions; dry cracked lips from it is side_effects
  {
    message:
      'on isotretinoin for 2 months - can i drink at my friends birthday? and my lips are sooo dry and cracking is that normal',
    focus: 'isotretinoin',
    types: ['interactions', 'side_effects'],
  },
  // why: travel to altitude is lifestyle; crisis not treated fast is complications; is it inherited is inheritance; should children be tested is diagnosis
  {
    message:
      'My husband has Addison disease since 5 years. We want to go trekking in Nepal next year, is it possible for him to travel to such high altitude? What happen if he get an adrenal crisis there and it is not treated fast? Also the doctor ask if it is in the family, is Addison disease inherited, and should our children be tested?',
    focus: 'Addison disease',
    types: ['lifestyle', 'complications', 'inheritance', 'diagnosis'],
  },
  // why: whether the medicine contains lactose is ingredients
  {
    message: 'does levothyroxine contain lactose? im very intolerant',
    focus: 'levothyroxine',
    types: ['ingredients'],
  },
  // why: whether only Mediterranean people get it is susceptibility; colchicine in pregnancy is contraindications
  {
    subject: 'FMF question',
    message:
      "Does familial Mediterranean fever only affect people from Mediterranean countries? My husband is Armenian, I'm not. And can colchicine be taken while pregnant?",
    focus: 'familial Mediterranean fever',
    types: ['susceptibility', 'contraindications'],
  },
  // why: should my children be tested is diagnosis; causing osteoporosis is complications; cross contamination in the kitchen is lifestyle
  {
    subject: 'celiac and my kids',
    message:
      "I was finally diagnosed with celiac disease at 40 after years of stomach problems. Should my children be tested even though they seem fine? Can celiac disease cause osteoporosis? I've already had one fracture. And what's the best way to avoid cross contamination in a kitchen shared with gluten eaters?",
    focus: 'celiac disease',
    types: ['diagnosis', 'complications', 'lifestyle'],
  },
  // why: difference between two forms is information; enzyme replacement for both is treatment
  {
    message:
      'whats the difference between infantile and late onset pompe disease? is enzyme replacement available for both types',
    focus: 'pompe disease',
    types: ['information', 'treatment'],
  },
];
