/**
 * "subjects" set. Messages in which the subject line names the condition, carries the question or a second
 * question, or is only a vague or urgent heading ("question", "Help!!", "Re: ..."). Written by someone who
 * had read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, at the start of the round that wrote it, before any change to the understanding stage (focus 1.000,
 * type F1 0.857). Scored by subjects.test.ts and by `npx tsx test/understand/support/score-messages.ts
 * --subjects --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const SUBJECTS_MESSAGES: ConsumerMessage[] = [
  {
    // "Is it hereditary?" -> inheritance (whether it runs in families)
    subject: 'Ehlers-Danlos',
    message:
      'Is it hereditary? My daughter (16) was just told she has the hypermobile type, and I have always been very bendy myself.',
    focus: 'Ehlers-Danlos',
    types: ['inheritance'],
  },
  {
    // "treatment for gout?" -> treatment (asks for therapies; the question is only in the subject)
    subject: 'treatment for gout?',
    message:
      "My dad is 67 and for the third time this year his big toe has swollen up red and hot overnight. He can't even stand the bedsheet touching it. His GP gave him some pills last time but he stopped taking them as soon as the pain went away, and now he refuses to go back because he says it will pass on its own. My mum and I are at our wits' end.",
    focus: 'gout',
    types: ['treatment'],
  },
  {
    // "Is there a doctor in the Cleveland area who has experience with this?" -> find_specialist (a doctor who knows the condition)
    // "Are there any clinical trials of new treatments he could join?" -> research (clinical trials)
    // "is the enzyme treatment usually covered by insurance?" -> other (insurance cost)
    subject: 'Re: my question about Fabry disease',
    message:
      "Thank you for your quick answer last week about my husband's diagnosis. I forgot to ask a few things. Is there a doctor in the Cleveland area who has experience with this? Are there any clinical trials of new treatments he could join? And is the enzyme treatment usually covered by insurance?",
    focus: 'Fabry disease',
    types: ['find_specialist', 'research', 'other'],
  },
  {
    // "how long he will live?" -> prognosis (life expectancy)
    subject: 'question',
    message:
      'hello, my son 7 years old has diagnosis Duchenne muscular dystrophy since one year. he falls a lot now and cannot climb the stairs alone. how long he will live? thank you, greetings from Poland',
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis'],
  },
  {
    // "Is this from the prednisone??" -> side_effects (whether the problem comes from the medicine)
    subject: 'Help!!',
    message:
      'My husband has myasthenia gravis and three weeks ago his neurologist started him on prednisone. Since then he barely sleeps, he snaps at the kids, and he is eating everything in sight. Is this from the prednisone?? He is not himself at all.',
    focus: 'prednisone',
    types: ['side_effects'],
  },
  {
    // "What is it?" -> information (overview of the condition)
    // "Will he be able to go to a normal school?" -> lifestyle (school)
    // "How long do children with it live?" -> prognosis (life expectancy)
    subject: "URGENT - son's diagnosis",
    message:
      'Our 3-year-old had a seizure last week and after the MRI the neurologist said tuberous sclerosis. We had never heard of it and the appointment was so rushed. What is it? Will he be able to go to a normal school? How long do children with it live? Please, we are scared.',
    focus: 'tuberous sclerosis',
    types: ['information', 'lifestyle', 'prognosis'],
  },
  {
    // "Could my son have Marfan syndrome?" -> diagnosis (whether his signs could be the condition; asked only in the subject)
    subject: 'Could my son have Marfan syndrome?',
    message:
      'He is 14, already 6\'4", very thin, with long arms and long fingers, and last month his eye doctor found that one lens is slightly out of place. Nobody else in our family is that tall.',
    focus: 'Marfan syndrome',
    types: ['diagnosis'],
  },
  {
    // "metformin and alcohol?" -> interactions (medicine with alcohol; asked only in the subject)
    subject: 'metformin and alcohol?',
    message:
      "Going to my brother's wedding next weekend. I've been on it since March for type 2 diabetes, 500 mg twice a day.",
    focus: 'metformin',
    types: ['interactions'],
  },
  {
    // "levothyroxine with coffee?" -> interactions (medicine with a drink)
    // "if I forget a dose, can I take two the next morning?" -> drug_usage (missed dose)
    subject: 'levothyroxine with coffee?',
    message:
      'I take my pill as soon as I wake up and drink my coffee straight after. The pharmacist made a face when I told her. Also, if I forget a dose, can I take two the next morning?',
    focus: 'levothyroxine',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "Is there someone I can talk to before I decide?" -> find_specialist (genetic counseling before testing)
    subject: 'Huntington disease',
    message:
      "My father was diagnosed last year at 52. I'm 24 and getting married in the spring. I go back and forth about whether I want to be tested. Is there someone I can talk to before I decide?",
    focus: 'Huntington disease',
    types: ['find_specialist'],
  },
  {
    // "What can I do in the classroom to support him?" -> lifestyle (school)
    // "Do the tics usually get better as children get older?" -> prognosis (course of the condition)
    subject: 'Re: Tourette syndrome information',
    message:
      'Thank you for the leaflets you sent. I teach fourth grade and one of my students has it. Lately the other kids have started imitating his tics. What can I do in the classroom to support him? Do the tics usually get better as children get older?',
    focus: 'Tourette syndrome',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "I can still eat red meat and drink my wine with dinner?" -> lifestyle (diet)
    subject: 'hemochromatosis',
    message:
      'Hello. The doctor say my ferritin is very high and the gene test show two copies of C282Y, so he say I have this. He will start to take blood from me every week. I can still eat red meat and drink my wine with dinner? Thank you very much, Marco',
    focus: 'hemochromatosis',
    types: ['lifestyle'],
  },
  {
    // "Is that part of the same disease?" -> symptoms (whether a sign belongs to the condition)
    subject: 'Question about sarcoidosis',
    message:
      'My wife was diagnosed with it in her lungs last year. This week her left eye went red and painful and bright light hurts it. Is that part of the same disease?',
    focus: 'sarcoidosis',
    types: ['symptoms'],
  },
  {
    // "long term heart damage?" -> complications (other problems it can lead to; asked only in the subject)
    subject: 'Kawasaki disease - long term heart damage?',
    message:
      'Our 2 year old was in hospital in May with days of high fever, red eyes, cracked lips and peeling fingers. They gave him IVIG and aspirin and his echo was normal when he went home. He is back to his cheeky self now, but I still lie awake at night.',
    focus: 'Kawasaki disease',
    types: ['complications'],
  },
  {
    // "Will she walk again?" -> prognosis (whether she will recover)
    // "Could the flu shot she got in October have caused it?" -> association (a named exposure asked as its cause)
    subject: 'GBS',
    message:
      'My mom (58) got this two weeks after a bad flu. She is in the ICU on a ventilator and cannot move her legs. Will she walk again? Could the flu shot she got in October have caused it?',
    focus: 'GBS',
    types: ['prognosis', 'association'],
  },
  {
    // "Does he need to avoid chocolate, nuts and shellfish for the rest of his life?" -> lifestyle (diet)
    // "what damage can the copper do if it isn't kept under control?" -> complications (what happens when it is not treated)
    subject: "Wilson's disease",
    message:
      "Our son was diagnosed at 17 and has started treatment. Does he need to avoid chocolate, nuts and shellfish for the rest of his life? And what damage can the copper do if it isn't kept under control?",
    focus: "Wilson's disease",
    types: ['lifestyle', 'complications'],
  },
  {
    // "Is there any medicine that helps with the hunger?" -> treatment (medicine for a sign of the condition)
    subject: 'a worried grandpa',
    message:
      'My grandson is 8 and has Prader-Willi syndrome. He is hungry all the time and my daughter has to lock the fridge and the pantry. It breaks my heart to watch him cry for food. Is there any medicine that helps with the hunger?',
    focus: 'Prader-Willi syndrome',
    types: ['treatment'],
  },
  {
    // "next baby?" -> inheritance (chance the next baby has it; asked only in the subject)
    subject: 'Down syndrome - next baby?',
    message:
      'Our first child, Lily, has Down syndrome and she is the light of our lives. We are thinking about having another. I am 39 and my husband is 41.',
    focus: 'Down syndrome',
    types: ['inheritance'],
  },
  {
    // "How common is it?" -> frequency (how common it is)
    // "Which gene is involved?" -> genetic_changes (which gene)
    subject: 'school nurse question',
    message:
      "I'm the nurse at a middle school. A parent told me her son has fragile X syndrome and I'd like to understand it before our meeting. How common is it? Which gene is involved?",
    focus: 'fragile X syndrome',
    types: ['frequency', 'genetic_changes'],
  },
  {
    // "any trials?" -> research (clinical trials; asked in the subject)
    // "Is there a cure yet?" -> treatment (cure)
    subject: 'spinal muscular atrophy - any trials?',
    message:
      'Our son was diagnosed at 4 months with type 1. The hospital has started treatment but we want to know every option there is. Is there a cure yet?',
    focus: 'spinal muscular atrophy',
    types: ['research', 'treatment'],
  },
  {
    // "Can cold wind set off the attacks?" -> cause (what brings on its attacks)
    subject: 'trigeminal neuralgia',
    message:
      'Can cold wind set off the attacks? My aunt is 61 and every time she goes out in the winter she gets electric shocks in her cheek and jaw. She is afraid to leave the house now.',
    focus: 'trigeminal neuralgia',
    types: ['cause'],
  },
  {
    // "Is that part of it?" -> symptoms (whether a sign belongs to the condition)
    subject: "Addison's disease",
    message:
      'I was diagnosed two years ago and take my tablets every day. Lately I crave salt all the time, I even lick it off my hand. Is that part of it?',
    focus: "Addison's disease",
    types: ['symptoms'],
  },
  {
    // "is it ok while breastfeeding??" -> contraindications (breastfeeding precaution)
    subject: 'ibuprofen',
    message:
      "is it ok while breastfeeding?? baby is 6 weeks, I have a horrible toothache and the dentist can't see me till Monday",
    focus: 'ibuprofen',
    types: ['contraindications'],
  },
  {
    // "morning or night?" -> drug_usage (timing of the dose; asked in the subject)
    // "Could that be from it?" -> side_effects (whether a problem comes from the medicine)
    subject: 'atorvastatin - morning or night?',
    message:
      'My doctor started me on 20 mg last week. Also my legs have been aching for a few days. Could that be from it?',
    focus: 'atorvastatin',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "Can we keep it in the cupboard for the next time she gets sick?" -> storage_disposal (storing the medicine)
    subject: 'leftover amoxicillin',
    message:
      "My daughter's ear infection cleared up and the doctor said she could stop. We have half a bottle of the pink liquid left. Can we keep it in the cupboard for the next time she gets sick?",
    focus: 'amoxicillin',
    types: ['storage_disposal'],
  },
  {
    // "How is it tested?" -> diagnosis (tests)
    // "Can it damage the liver too?" -> complications (damage to another organ)
    subject: 'alpha-1 antitrypsin deficiency',
    message:
      "I'm 44, have never smoked, and was just told I have emphysema. My lung doctor wants to check me for this. How is it tested? Can it damage the liver too?",
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['diagnosis', 'complications'],
  },
  {
    // "What causes it?" -> cause (why it happens)
    subject: 'Help!!',
    message:
      "I'm 23 and for years I've had painful lumps in my armpits and groin that burst and leave scars. A dermatologist finally told me it's hidradenitis suppurativa. What causes it? My mom keeps saying I don't wash enough and I feel so ashamed.",
    focus: 'hidradenitis suppurativa',
    types: ['cause'],
  },
  {
    // "Is it contagious?" -> susceptibility (whether someone can catch it)
    // "Which doctor I must see in Germany for this?" -> find_specialist (a doctor for the condition)
    subject: "Behcet's disease",
    message:
      'Hello, I am from Turkey, living in Germany 5 years. My doctor think I have this illness because I have many mouth ulcers and my eye is inflamed. My wife is afraid to kiss me. Is it contagious? Which doctor I must see in Germany for this?',
    focus: "Behcet's disease",
    types: ['susceptibility', 'find_specialist'],
  },
  {
    // "Can it damage her eyes for good?" -> complications (lasting damage to another organ)
    // "what can she do to make sure it never happens again?" -> prevention (preventing a recurrence)
    subject: 'Stevens-Johnson syndrome',
    message:
      'My best friend just came home after two weeks in the burn unit with it. Her eyes are still very sore and red. Can it damage her eyes for good? And what can she do to make sure it never happens again?',
    focus: 'Stevens-Johnson syndrome',
    types: ['complications', 'prevention'],
  },
  {
    // "Is there an emergency medicine we can keep at home?" -> treatment (medicine for the attacks)
    subject: "URGENT - daughter's throat swelling",
    message:
      'My daughter (15) has hereditary angioedema. Last night her throat started to swell and we spent the whole night in the ER. Our specialist is away until next month. Is there an emergency medicine we can keep at home? Please answer quickly.',
    focus: 'hereditary angioedema',
    types: ['treatment'],
  },
  {
    // "Does alcohol bring on the attacks?" -> cause (what brings on its attacks)
    subject: 'porphyria and alcohol',
    message:
      'I have acute intermittent porphyria and had a bad attack two years ago that put me in hospital. My daughter is getting married in June and I would love to raise a glass of champagne. Does alcohol bring on the attacks?',
    focus: 'acute intermittent porphyria',
    types: ['cause'],
  },
  {
    // "How long before my face goes back to normal?" -> prognosis (course and recovery)
    subject: "Bell's palsy",
    message:
      "Woke up yesterday with the left side of my face drooping, I can't close my eye properly. The ER said it's this and gave me steroids and eye drops. How long before my face goes back to normal?",
    focus: "Bell's palsy",
    types: ['prognosis'],
  },
  {
    // "connected?" -> association (link between two conditions; asked only in the subject)
    subject: 'Raynaud phenomenon and lupus - connected?',
    message:
      "I'm 26 and my fingers turn white and then blue whenever I'm cold or stressed. My aunt has lupus and now I'm scared.",
    focus: 'Raynaud phenomenon',
    types: ['association'],
  },
  {
    // "Can I catch shingles from him?" -> susceptibility (whether someone can catch it)
    subject: 'chickenpox and grandma',
    message:
      "My grandson (4) has chickenpox and I look after him every day while his parents work. I'm 72 and had chickenpox myself as a girl. Can I catch shingles from him?",
    focus: 'shingles',
    types: ['susceptibility'],
  },
  {
    // "How much should I take a day?" -> drug_usage (dose)
    subject: 'folic acid before pregnancy',
    message:
      'My husband and I are starting to try for a baby and my sister says I should already be on it. How much should I take a day?',
    focus: 'folic acid',
    types: ['drug_usage'],
  },
  {
    // "Is that true?" -> interactions (medicine with food)
    subject: "my mother's blood thinner",
    message:
      'My mother is 80 and takes warfarin for her irregular heartbeat. She loves her spinach and kale salads, but her neighbour told her she has to stop eating greens completely. Is that true?',
    focus: 'warfarin',
    types: ['interactions'],
  },
  {
    // "Why is that, is it dangerous in pregnancy?" -> contraindications (pregnancy precaution)
    subject: 'Re: isotretinoin',
    message:
      'Thank you for your reply. One more question: my daughter is 17 and her dermatologist says she has to take a pregnancy test every month while she is on it. Why is that, is it dangerous in pregnancy?',
    focus: 'isotretinoin',
    types: ['contraindications'],
  },
  {
    // "How rare is it?" -> frequency (how rare it is)
    // "Is anyone doing research on it?" -> research (studies)
    subject: 'FOP',
    message:
      'Our grandson was diagnosed at 2 after the doctors noticed his big toes were short and bent and hard lumps came up on his back. How rare is it? Is anyone doing research on it?',
    focus: 'FOP',
    types: ['frequency', 'research'],
  },
  {
    // "Does it contain gelatin?" -> ingredients (what the medicine contains)
    subject: 'vitamin D',
    message:
      "I'm vegetarian and the pharmacy gave me soft capsules after my blood test showed a low level. Does it contain gelatin?",
    focus: 'vitamin D',
    types: ['ingredients'],
  },
  {
    // "what is sertraline for?" -> indication (what the medicine is for; asked only in the subject)
    subject: 'what is sertraline for?',
    message:
      "My 16 year old's doctor prescribed it and he won't tell me why. I don't want to pry, but I am his mother and I worry.",
    focus: 'sertraline',
    types: ['indication'],
  },
];
