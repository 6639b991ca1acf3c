/**
 * "final19" set. Messages in every style: queries, stories, several questions, misspellings, second-language
 * English, medicines, subject lines. Written by someone who had read neither the understanding or retrieval code
 * nor any earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus
 * is a name the knowledge base holds. Scored once, at the start of its round, before any change (focus 1.000,
 * type F1 0.914). Never tuned on: change nothing because of its misses. Scored by final19.test.ts and by `npx
 * tsx test/understand/support/score-messages.ts --final19 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL19_MESSAGES: ConsumerMessage[] = [
  {
    // "fabry disease life expectancy" -> prognosis (life expectancy)
    message: 'fabry disease life expectancy',
    focus: 'Fabry disease',
    types: ['prognosis'],
  },
  {
    // "colchicine side efects?" -> side_effects (a medicine's side effects)
    message: 'colchicine side efects?',
    focus: 'colchicine',
    types: ['side_effects'],
  },
  {
    // "should we get tested too" -> diagnosis (whether relatives should be tested)
    // "is it passed down from father to children" -> inheritance (runs in families)
    subject: 'Hemochromatosis question',
    message:
      'Hi, my dad was just diagnosed with hemochromatosis at 58. My brother and I are wondering, ' +
      'should we get tested too? And is it passed down from father to children? Thanks so much.',
    focus: 'hemochromatosis',
    types: ['diagnosis', 'inheritance'],
  },
  {
    // "what we can do to stop the crisis coming so often" -> prevention (preventing attacks)
    message:
      'Hello doctor, I am from Nigeria and live now in UK. My son is 6 year old and he have ' +
      'sickle cell disease, SS type. Every winter he get very bad pain crisis and we go to ' +
      'hospital many times, he miss school a lot. Doctor give him folic acid and penicillin. ' +
      'Please what we can do to stop the crisis coming so often? I am very worry. Thank you and ' +
      'God bless.',
    focus: 'sickle cell disease',
    types: ['prevention'],
  },
  {
    // "Should I take it with breakfast or before bed?" -> drug_usage (timing)
    // "is it ok to have a glass of wine with dinner?" -> interactions (alcohol)
    message:
      'I just started metformin 500mg for type 2 diabetes. Should I take it with breakfast or ' +
      'before bed? and is it ok to have a glass of wine with dinner?',
    focus: 'metformin',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "Could this be Marfan syndrome?" -> diagnosis (whether his signs could be it)
    // "can it affect his heart?" -> complications (other problems it leads to)
    // "will he still be allowed to play basketball?" -> lifestyle (sports)
    subject: 'Could my son have Marfan?',
    message:
      'My son is 15, very tall and thin, with long fingers, and his eye doctor said one lens is ' +
      'slightly out of place. Could this be Marfan syndrome? If it is, can it affect his heart? ' +
      'And will he still be allowed to play basketball? He lives for it.',
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'complications', 'lifestyle'],
  },
  {
    // "What is FOP?" -> information (what the condition is)
    subject: 'Fibrodysplasia ossificans progressiva',
    message:
      'What is FOP? saw a documentary about the "stone man" disease last night and cant stop ' +
      'thinking about it',
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['information'],
  },
  {
    // "it can cause depression, is that true?" -> side_effects (a medicine's side effect)
    // "is it safe if i get pregnant by accident?" -> contraindications (pregnancy)
    message:
      'my dermatologist wants to put me on accutane for my acne. ive read it can cause ' +
      'depression, is that true? also im on the pill, but is it safe if i get pregnant by ' +
      'accident?',
    focus: 'isotretinoin',
    types: ['side_effects', 'contraindications'],
  },
  {
    // "Do my Lantus pens have to stay in the fridge ... or is room temperature ok" -> storage_disposal
    //   (storing the medicine; asked twice in other words)
    subject: 'Lantus pens on holiday',
    message:
      'Going to Spain for two weeks in August. Do my Lantus pens have to stay in the fridge the ' +
      'whole time, or is room temperature ok once a pen is opened?',
    focus: 'insulin glargine',
    types: ['storage_disposal'],
  },
  {
    // "What are the chances I will get it" -> inheritance (chance a child of an affected parent has it)
    // "which gene is it?" -> genetic_changes (which gene)
    message:
      "My mother has Huntington's disease. What are the chances I will get it, and which gene is " +
      "it? I'm 28 and thinking about having kids.",
    focus: 'Huntington disease',
    types: ['inheritance', 'genetic_changes'],
  },
  {
    // "how rare is Pompe disease" -> frequency (how rare)
    message: 'how rare is Pompe disease',
    focus: 'Pompe disease',
    types: ['frequency'],
  },
  {
    // "Are there any clinical trials he could join for exon skipping?" -> research (trials)
    // "is there a neuromuscular center near Chicago that specialises in DMD?" -> find_specialist (clinic)
    subject: 'DMD trials',
    message:
      'Our boy Leo (7) has Duchenne muscular dystrophy, a deletion of exon 51. Are there any ' +
      'clinical trials he could join for exon skipping? And is there a neuromuscular center near ' +
      'Chicago that specialises in DMD? Thank you for all you do.',
    focus: 'Duchenne muscular dystrophy',
    types: ['research', 'find_specialist'],
  },
  {
    // "what is plaquenil used for?" -> indication (what a medicine is for)
    message:
      'what is plaquenil used for? my rheumatologist prescribed it but didnt really explain, I ' +
      'thought it was a malaria drug',
    focus: 'hydroxychloroquine',
    types: ['indication'],
  },
  {
    // "is it the same thing as a wheat allergy?" -> information (whether two conditions are the same)
    // "what foods do I have to avoid" -> lifestyle (diet)
    message: 'Celiac - is it the same thing as a wheat allergy? and what foods do I have to avoid',
    focus: 'celiac disease',
    types: ['information', 'lifestyle'],
  },
  {
    // "what actually causes lupus?" -> cause (why it happens)
    // "Will it get worse as I get older?" -> prognosis (course)
    // "is there anything besides steroids to treat it" -> treatment (therapies)
    message:
      "Hi there. I'm 32 and was diagnosed with SLE last spring after months of joint pain and a " +
      'rash on my face. My kidneys are fine so far. My questions: what actually causes lupus? ' +
      'Will it get worse as I get older? And is there anything besides steroids to treat it, ' +
      "because prednisone has made me gain 20 pounds. Sorry for the long message, I'm still " +
      'trying to understand all this.',
    focus: 'systemic lupus erythematosus',
    types: ['cause', 'prognosis', 'treatment'],
  },
  {
    // "Does levothyroxine contain lactose?" -> ingredients (what a medicine contains)
    message: "Does levothyroxine contain lactose? I'm very lactose intolerant.",
    focus: 'levothyroxine',
    types: ['ingredients'],
  },
  {
    // "Is it contagious to me and our 4 month old baby?" -> susceptibility (whether someone can catch it)
    // "How long does it last" -> prognosis (course)
    // "does the shingles vaccine stop you getting it again?" -> prevention (preventing it)
    message:
      'My husband has shingles on his back. Is it contagious to me and our 4 month old baby? How ' +
      'long does it last, and does the shingles vaccine stop you getting it again?',
    focus: 'shingles',
    types: ['susceptibility', 'prognosis', 'prevention'],
  },
  {
    // "Can I take ibuprofen for my back pain" -> interactions (warfarin with another medicine)
    // "what do I do if I forgot last nights dose?" -> drug_usage (missed dose)
    message:
      'On warfarin for AF. Can I take ibuprofen for my back pain, and what do I do if I forgot ' +
      'last nights dose?',
    focus: 'warfarin',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "What happens if you just leave gout alone" -> complications (what happens untreated)
    // "Is it from drinking beer?" -> association (a named exposure asked as its cause)
    // "what should he be eating" -> lifestyle (diet)
    subject: 'untreated gout',
    message:
      'What happens if you just leave gout alone and dont take the tablets? My husband refuses to ' +
      'see a doctor. Is it from drinking beer? and what should he be eating instead of all the ' +
      'red meat?',
    focus: 'gout',
    types: ['complications', 'association', 'lifestyle'],
  },
  {
    // "Could the vaccine have caused it?" -> association (a named exposure asked as its cause)
    // "Will I ever fully get my strength back in my legs?" -> prognosis (recovery)
    message:
      'I got Guillain Barre syndrome 3 weeks after my flu shot last year. Could the vaccine have ' +
      'caused it? Will I ever fully get my strength back in my legs?',
    focus: 'Guillain-Barre syndrome',
    types: ['association', 'prognosis'],
  },
  {
    // "is cystic fibrosis considered a disability for SSI?" -> other (benefits paperwork)
    message: 'is cystic fibrosis considered a disability for SSI? daughter is 4',
    focus: 'cystic fibrosis',
    types: ['other'],
  },
  {
    // "What are the symptoms of it" -> symptoms (its signs)
    // "what test do they do to confirm it?" -> diagnosis (tests)
    subject: 'wilsons disease?',
    message:
      'My 19 yo brother has shaky hands, slurred speech and his liver tests are off. Someone ' +
      'mentioned Wilsons disease. What are the symptoms of it, and what test do they do to ' +
      'confirm it?',
    focus: 'Wilson disease',
    types: ['symptoms', 'diagnosis'],
  },
  {
    // "which gene is mutated in Rett syndrome?" -> genetic_changes (which gene)
    message: 'which gene is mutated in Rett syndrome?',
    focus: 'Rett syndrome',
    types: ['genetic_changes'],
  },
  {
    // "what triggers the attacks?" -> cause (what brings on its attacks)
    // "is there a surgery that works?" -> treatment (surgery)
    message: 'trigeminal neuralgia - what triggers the attacks? and is there a surgery that actually works?',
    focus: 'trigeminal neuralgia',
    types: ['cause', 'treatment'],
  },
  {
    // "It can make him blind?" -> complications (other problems it leads to)
    // "Our children can have also this disease?" -> inheritance (chance children have it)
    // "Is there new medicine in study for it?" -> research (new treatments being studied)
    message:
      'Hello, I am from Turkey, my husband has Behcet since 5 years. He have mouth ulcers always ' +
      'and now problem with the eyes. It can make him blind? Our children can have also this ' +
      'disease? Is there new medicine in study for it? Thank you very much',
    focus: 'Behcet disease',
    types: ['complications', 'inheritance', 'research'],
  },
  {
    // "any suggestions?? (a doctor in the Seattle area who understands EDS)" -> find_specialist (doctors)
    subject: 'Ehlers Danlos doctor',
    message:
      'looking for a doctor in the Seattle area who actually understands EDS. any suggestions?? ' +
      'tired of being told its all in my head',
    focus: 'Ehlers-Danlos syndrome',
    types: ['find_specialist'],
  },
  {
    // "Can I just stop it now that I feel better?" -> drug_usage (stopping)
    // "is the sweating at night from the zoloft?" -> side_effects (whether it comes from the medicine)
    message:
      'Been on sertraline 50mg for 3 months for anxiety. Can I just stop it now that I feel ' +
      'better? And is the sweating at night from the zoloft?',
    focus: 'sertraline',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "How do I protect my kids from Lyme disease" -> prevention (preventing it)
    // "What are the first signs to look for" -> symptoms (early signs)
    // "is there a test" -> diagnosis (tests)
    message:
      'How do I protect my kids from Lyme disease when we go camping? we live in Connecticut. ' +
      'What are the first signs to look for, and if they get bitten by a tick is there a test?',
    focus: 'Lyme disease',
    types: ['prevention', 'symptoms', 'diagnosis'],
  },
  {
    // "How common is Tay-Sachs among Ashkenazi Jews" -> frequency (how common)
    // "what are the chances our baby has it?" -> inheritance (chance a baby has it; carriers)
    message:
      'My husband and I are both Ashkenazi Jewish. How common is Tay-Sachs among Ashkenazi Jews, ' +
      'and if we are both carriers what are the chances our baby has it?',
    focus: 'Tay-Sachs disease',
    types: ['frequency', 'inheritance'],
  },
  {
    // "Is polycystic kidney disease the same thing as having a couple of kidney cysts?" -> information
    //   (whether two things are the same)
    message:
      'Is polycystic kidney disease the same thing as having a couple of kidney cysts? my ' +
      "ultrasound showed 2 simple cysts and I'm freaking out",
    focus: 'polycystic kidney disease',
    types: ['information'],
  },
  {
    // "is sumatriptan safe while breastfeeding?" -> contraindications (breastfeeding)
    message: 'is sumatriptan safe while breastfeeding? my baby is 2 months',
    focus: 'sumatriptan',
    types: ['contraindications'],
  },
  {
    // "does the liquid need refrigerating?" -> storage_disposal (storing)
    // "should I give another dose?" -> drug_usage (dose)
    message:
      "amoxicillin for my toddler's ear infection - does the liquid need refrigerating? and if " +
      'he spits half of it out, should I give him another dose?',
    focus: 'amoxicillin',
    types: ['storage_disposal', 'drug_usage'],
  },
  {
    // "vitilgo treatment options" -> treatment (therapies)
    message: 'vitilgo treatment options',
    focus: 'vitiligo',
    types: ['treatment'],
  },
  {
    // "Will she be able to walk and talk like other kids?" -> prognosis (whether she will walk)
    // "Is there a support group for TSC families in the UK?" -> find_specialist (support groups)
    // "what are the chances our next baby has it too?" -> inheritance (next baby)
    subject: 'Newly diagnosed TSC',
    message:
      'Hello, I hope someone can help us. Our daughter Mia was diagnosed with tuberous sclerosis ' +
      'complex at 5 months, after she started having infantile spasms and the doctors found white ' +
      'patches on her skin and small growths in her brain on the MRI. The seizures are now ' +
      'controlled with vigabatrin but we are overwhelmed and the neurologist only has ten minutes ' +
      'with us each visit. Will she be able to walk and talk like other kids? Is there a support ' +
      'group for TSC families in the UK? And what are the chances our next baby has it too? ' +
      'Neither of us has any signs. Thank you for reading.',
    focus: 'tuberous sclerosis complex',
    types: ['prognosis', 'find_specialist', 'inheritance'],
  },
  {
    // "Does myasthenia gravis cause double vision?" -> symptoms (whether a sign belongs to it)
    message: 'Does myasthenia gravis cause double vision?',
    focus: 'myasthenia gravis',
    types: ['symptoms'],
  },
  {
    // "What brings on the swelling attacks?" -> cause (what brings on its attacks)
    // "is it safe to fly long haul with it?" -> lifestyle (travel)
    subject: 'HAE swelling attacks',
    message:
      'I have hereditary angioedema (diagnosed last year, my aunt has it too). What brings on the ' +
      'swelling attacks? And is it safe to fly long haul with it? We are planning a trip to ' +
      'Australia.',
    focus: 'hereditary angioedema',
    types: ['cause', 'lifestyle'],
  },
  {
    // "How does methotrexate work for rheumatoid arthritis?" -> indication (how a medicine works)
    // "can i have a drink at christmas on it?" -> interactions (alcohol)
    message:
      'How does methotrexate work for rheumatoid arthritis? Its a cancer drug isnt it? Also can i ' +
      'have a drink at christmas on it?',
    focus: 'methotrexate',
    types: ['indication', 'interactions'],
  },
  {
    // "Is there a link between psoriasis and heart disease?" -> association (link between two conditions)
    message:
      'Is there a link between psoriasis and heart disease? My dermatologist mentioned it in ' + 'passing.',
    focus: 'psoriasis',
    types: ['association'],
  },
  {
    // "Can it damage his heart long term?" -> complications (other problems it leads to)
    // "Could it come back?" -> prognosis (course)
    // "what causes Kawasaki" -> cause (why it happens)
    subject: 'Kawasaki disease - questions after discharge',
    message:
      "Our 3 year old was in hospital with Kawasaki disease and got IVIG and aspirin. He's home " +
      'now and seems fine. Can it damage his heart long term? Could it come back? And what causes ' +
      'Kawasaki, nobody at the hospital could tell us?',
    focus: 'Kawasaki disease',
    types: ['complications', 'prognosis', 'cause'],
  },
  {
    // "What is PKU exactly" -> information (what the condition is)
    // "what will she be able to eat?" -> lifestyle (diet)
    message:
      'My newborn screening came back positive for PKU. What is PKU exactly and what will she be ' +
      'able to eat?',
    focus: 'phenylketonuria',
    types: ['information', 'lifestyle'],
  },
];
