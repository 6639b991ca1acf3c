/**
 * "final44" set. Messages in every style: short questions, long messages with background, lists of questions,
 * typos and no punctuation, non-native English, medicines, subject lines. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, at the end of its round, after its last change (focus 0.975, type F1 0.904). Scored by
 * final44.test.ts and by `npx tsx test/understand/support/score-messages.ts --final44 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL44_MESSAGES: ConsumerMessage[] = [
  // why: asks only what the disease is -> information
  {
    message:
      'hi can someone explain what erdheim chester disease is? my uncle was just diagnosed and nobody in the family has ever heard of it',
    focus: 'Erdheim-Chester disease',
    types: ['information'],
  },
  // why: "how rare is it" asked twice in other words -> frequency only
  {
    message:
      'my best friend just got diagnosed w stiff person syndrome. how rare is it actually?? her neuro said like 1 in a million, is that real',
    focus: 'stiff person syndrome',
    types: ['frequency'],
  },
  // why: non-native English; asks only which other therapies exist -> treatment
  {
    message:
      'Hello, my mother have the trigeminal neuralgia since 3 years, the carbamazepine is not helping her anymore. What other treatment exist for this illness? Thank you so much for answer',
    focus: 'trigeminal neuralgia',
    types: ['treatment'],
  },
  // why: both questions ask which gene -> genetic_changes
  {
    message:
      'Which gene is responsible for Alport syndrome? Our genetic report for our son says "COL4A5 variant" - is that the gene?',
    focus: 'Alport syndrome',
    types: ['genetic_changes'],
  },
  // why: looking for a doctor or center that knows FOP -> find_specialist
  {
    subject: 'FOP - doctors near Ohio?',
    message:
      "Our 4 year old daughter was just diagnosed with fibrodysplasia ossificans progressiva after someone noticed her big toes. Our pediatrician admitted he's never seen a case. Is there any doctor or center in or near Ohio that actually knows this disease?",
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['find_specialist'],
  },
  // why: life expectancy is the outlook -> prognosis
  {
    message:
      'my husband (58) was diagnosed with progressive supranuclear palsy last month. how long do people usually live with psp? i need to know what to plan for',
    focus: 'progressive supranuclear palsy',
    types: ['prognosis'],
  },
  // why: whether she could have caught it -> susceptibility
  {
    message:
      "Is Creutzfeldt-Jakob disease contagious? I looked after my grandmother for weeks before she died of it and now I'm scared I could have caught it from her.",
    focus: 'Creutzfeldt-Jakob disease',
    types: ['susceptibility'],
  },
  // why: "could her signs be Marfan" -> diagnosis
  {
    message:
      'could my daughters symptoms be marfan?? she is 14, very tall and thin, long fingers, loose joints and she needs really strong glasses. pediatrician wasnt sure',
    focus: 'Marfan syndrome',
    types: ['diagnosis'],
  },
  // why: missed dose of a medicine -> drug_usage
  {
    message: 'missed my pyridostigmine dose this morning, do i take 2 at lunch or just skip it??',
    focus: 'pyridostigmine',
    types: ['drug_usage'],
  },
  // why: whether a vial left out of the fridge is still usable or must be thrown out -> storage_disposal
  {
    subject: 'Soliris vial left out',
    message:
      'Our vial of Soliris got left on the kitchen counter overnight instead of in the fridge. Can we still use it or does it have to be thrown away?',
    focus: 'eculizumab',
    types: ['storage_disposal'],
  },
  // why: whether the medicine contains lactose -> ingredients
  {
    subject: 'plaquenil and lactose',
    message:
      "Does hydroxychloroquine (the generic tablets) have lactose in it? I'm very lactose intolerant and my stomach has been awful.",
    focus: 'hydroxychloroquine',
    types: ['ingredients'],
  },
  // why: clinical trials -> research
  {
    message:
      'Are there any clinical trials going on for Friedreich ataxia right now? My son is 16 and we would travel anywhere for him.',
    focus: 'Friedreich ataxia',
    types: ['research'],
  },
  // why: the chance that her children get it -> inheritance
  {
    message: 'My brother has hypokalemic periodic paralysis. Whats the chance my kids get it',
    focus: 'hypokalemic periodic paralysis',
    types: ['inheritance'],
  },
  // why: a teacher asking about activities at school -> lifestyle
  {
    message:
      "I'm a PE teacher and a new student in my class has osteogenesis imperfecta (type 1, his mom said). What activities are safe for him to do in gym class? I don't want to leave him out but I'm terrified of him breaking something.",
    focus: 'osteogenesis imperfecta',
    types: ['lifestyle'],
  },
  // why: insurance coverage of a medicine -> other
  {
    message:
      'does medicare cover sodium oxybate?? the pharmacy quoted me an insane price for a months supply',
    focus: 'sodium oxybate',
    types: ['other'],
  },
  // why: runs in families -> inheritance; cure -> treatment
  {
    message:
      'is behcets hereditary? and is there a cure? had mouth ulcers for years and finally got a dx last week',
    focus: 'Behcet disease',
    types: ['inheritance', 'treatment'],
  },
  // why: alcohol with a medicine -> interactions; whether diarrhea comes from it -> side_effects
  {
    message:
      "I take colchicine for familial mediterranean fever. Can I drink alcohol while I'm on it? Also I've had diarrhea ever since I started, is that from the colchicine?",
    focus: 'colchicine',
    types: ['interactions', 'side_effects'],
  },
  // why: first signs -> symptoms; how it is tested -> diagnosis
  {
    message:
      "what are the first signs of wilsons disease and how do docs test for it? my sister has it and now I'm worried about my own liver numbers",
    focus: 'Wilson disease',
    types: ['symptoms', 'diagnosis'],
  },
  // why: breastfeeding -> contraindications; splitting the dose -> drug_usage
  {
    message:
      'Is modafinil safe to take while breastfeeding? I have narcolepsy and my baby is 2 months old. Also can I split the dose and take half of it at lunch?',
    focus: 'modafinil',
    types: ['contraindications', 'drug_usage'],
  },
  // why: what brings on attacks -> cause; stopping them happening -> prevention
  {
    message:
      'What triggers HAE attacks?? I had 3 swellings this month, one in my throat. Is there anything I can do to stop them happening',
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention'],
  },
  // why: a named exposure asked as its cause -> association; getting worse -> prognosis
  {
    message:
      'My dad smoked for 40 years and now he has been told he has sarcoidosis in his lungs. Could the smoking have caused it? will it get worse over time',
    focus: 'sarcoidosis',
    types: ['association', 'prognosis'],
  },
  // why: diet -> lifestyle; how long people live -> prognosis
  {
    message:
      'our son (6) has prader-willi. any tips on diet? he is always hungry and sneaking food from the cupboards. also how long do people with pws usually live',
    focus: 'Prader-Willi syndrome',
    types: ['lifestyle', 'prognosis'],
  },
  // why: what the medicine is for -> indication; with food or not -> drug_usage
  {
    message:
      'What is Kuvan actually for? My nephew with PKU just got a prescription. Does it have to be taken with food or on an empty stomach?',
    focus: 'sapropterin',
    types: ['indication', 'drug_usage'],
  },
  // why: how common in a group -> frequency; chance their kids have it -> inheritance
  {
    message:
      "how common is gaucher disease in ashkenazi jews? my fiance and i are both ashkenazi, and if we're both carriers what are the odds our kids would have it",
    focus: 'Gaucher disease',
    types: ['frequency', 'inheritance'],
  },
  // why: higher risk of cancer -> complications; long-term steroid cream -> treatment
  {
    message:
      "Hi, I'm 62 and was just diagnosed with lichen sclerosus after years of itching down there. Does it raise the risk of cancer? And is the steroid cream something I'll need forever?",
    focus: 'lichen sclerosus',
    types: ['complications', 'treatment'],
  },
  // why: whether the sister can catch it -> susceptibility; later heart problems -> complications
  {
    message:
      'is kawasaki disease contagious? my 4 yo has it and his baby sister is at home with us. what heart problems can it cause later on',
    focus: 'Kawasaki disease',
    types: ['susceptibility', 'complications'],
  },
  // why: whether the medicine causes infertility -> side_effects; getting rid of capsules -> storage_disposal
  {
    message:
      "My son (15, sickle cell) was started on hydroxyurea. Does it cause infertility in boys? And how should I get rid of the leftover capsules? The pharmacist said they're hazardous.",
    focus: 'hydroxyurea',
    types: ['side_effects', 'storage_disposal'],
  },
  // why: always inherited -> inheritance; which genes -> genetic_changes
  {
    message:
      'Is tuberous sclerosis always inherited? Neither my husband nor I have it but our baby was diagnosed after her seizures started. Which genes are involved?',
    focus: 'tuberous sclerosis complex',
    types: ['inheritance', 'genetic_changes'],
  },
  // why: whether relatives should be tested -> diagnosis; genetic counseling -> find_specialist
  {
    message:
      'I was diagnosed with VHL at 34 after they found a kidney tumor. Should my kids (8 and 11) be tested for it? And where can we get genetic counseling?',
    focus: 'Von Hippel-Lindau disease',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: what it is -> information; special diet -> lifestyle
  {
    message: 'what is achalasia exactly and is there a special diet for it? food keeps getting stuck',
    focus: 'achalasia',
    types: ['information', 'lifestyle'],
  },
  // why: could it be Fabry + which test -> diagnosis; did she pass it on -> inheritance; treatment
  {
    message:
      'Hello, my son is 12 and he gets burning pain in his hands and feet, especially when he has a fever or after football. A cousin on my side was recently diagnosed with Fabry disease. Could this be Fabry? What test would they do? Did I pass it to him? And if it is Fabry, what treatment is there? Thank you, we are very worried.',
    focus: 'Fabry disease',
    types: ['diagnosis', 'inheritance', 'treatment'],
  },
  // why: same as Marfan -> information; whether her signs belong to it -> symptoms; worse with age -> prognosis
  {
    message:
      'I was diagnosed with hypermobile Ehlers-Danlos last year. Is it the same thing as Marfan syndrome? My friend keeps insisting it is. Does EDS cause the constant tiredness and stomach problems I have? And will it get worse as I get older?',
    focus: 'Ehlers-Danlos syndrome',
    types: ['information', 'symptoms', 'prognosis'],
  },
  // why: wine -> interactions; hair thinning from the drug -> side_effects; before pregnancy -> contraindications
  {
    message:
      "I'm on methotrexate once a week for my sarcoidosis.\n1) can i have a glass of wine with dinner?\n2) my hair is thinning, is that the mtx?\n3) we want to try for a baby next year, how long before do I need to be off it?",
    focus: 'methotrexate',
    types: ['interactions', 'side_effects', 'contraindications'],
  },
  // why: higher risk of other cancers -> complications; should she be tested -> diagnosis; clinic -> find_specialist
  {
    message:
      'my sister just tested positive for li fraumeni (TP53). should i get tested too? what cancers would i be at higher risk for if i have it. and is there a clinic somewhere that follows people with it, we live in a small town',
    focus: 'Li-Fraumeni syndrome',
    types: ['complications', 'diagnosis', 'find_specialist'],
  },
  // why: going blind -> prognosis; gene therapy research -> research; normal school -> lifestyle
  {
    message:
      'My granddaughter is 7 and has retinitis pigmentosa. Will she go completely blind? Is there any research into gene therapy for it? And can she still go to a normal school with the other kids?',
    focus: 'retinitis pigmentosa',
    types: ['prognosis', 'research', 'lifestyle'],
  },
  // why: is it a cancer -> information; leukemia -> complications; phlebotomy -> treatment; life expectancy -> prognosis
  {
    subject: 'PV questions',
    message:
      "Diagnosed w polycythemia vera last week, JAK2 positive. Qs: is it a cancer? can it turn into leukemia? how often will i need phlebotomy? what's the life expectancy",
    focus: 'polycythemia vera',
    types: ['information', 'complications', 'treatment', 'prognosis'],
  },
  // why: second-language English; what the illness is -> information; red meat -> lifestyle; giving blood as treatment -> treatment
  {
    message:
      'Good day. I am from Poland, living in Ireland now. The doctor say I have hereditary hemochromatosis, my ferritin is 900. What does this mean, what is this illness? I must stop eat red meat? And can I just give blood at blood bank as treatment or I need special venesection in hospital?',
    focus: 'hereditary hemochromatosis',
    types: ['information', 'lifestyle', 'treatment'],
  },
  // why: two conditions; link between them -> association; higher risk of other conditions -> complications
  {
    message:
      "is there a connection between addison's disease and type 1 diabetes? i've got both now and i'm only 26. what other autoimmune things am i more likely to get because of the addisons?",
    focus: 'Addison disease',
    types: ['association', 'complications'],
  },
  // why: how it works -> indication; diarrhea from it -> side_effects; with seizure meds -> interactions
  {
    message:
      'Our daughter has Niemann-Pick type C and the neurologist is starting her on Zavesca (miglustat). How does it work exactly? The leaflet says diarrhea is common, does that get better after a while? And is it ok to take with her seizure medicine (levetiracetam)?',
    focus: 'miglustat',
    types: ['indication', 'side_effects', 'interactions'],
  },
  // why: is it leukemia -> information; what causes it -> cause; passed to the kids -> inheritance
  {
    message:
      'My wife (31) was diagnosed with PNH after months of tiredness and dark urine. Is it a kind of leukemia? What causes it? Could it be passed on to our two kids?',
    focus: 'paroxysmal nocturnal hemoglobinuria',
    types: ['information', 'cause', 'inheritance'],
  },
];
