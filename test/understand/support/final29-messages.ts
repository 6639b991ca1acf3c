/**
 * "final29" set. Messages in every style: one-line questions, long worried stories, several questions,
 * misspellings and no punctuation, second-language English, medicines, subject lines. Written by someone who had
 * read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * after the second change of its round (focus 1.000, type F1 0.946). Scored by final29.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --final29 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL29_MESSAGES: ConsumerMessage[] = [
  // why: "what is moyamoya disease" asks for an overview only
  {
    message: 'what is moyamoya disease',
    focus: 'moyamoya disease',
    types: ['information'],
  },
  // why: grapefruit juice with the medicine is a food interaction question, the CF is only story
  {
    subject: 'Kalydeco and grapefruit juice??',
    message:
      "My daughter is 14 and has CF, she just started Kalydeco last week. Her grandma gives her a big glass of grapefruit juice every morning with breakfast, it's kind of their thing. Is that ok with this medicine or should we stop the juice?",
    focus: 'Kalydeco',
    types: ['interactions'],
  },
  // why: "how long do people usually live" asks life expectancy only
  {
    message:
      "My father (67) was told yesterday he has Lou Gehrig's disease. We are all in shock. How long do people usually live after they are diagnosed? I need to know what to prepare for.",
    focus: "Lou Gehrig's disease",
    types: ['prognosis'],
  },
  // why: asking whether joint pain is part of the condition is a symptoms question
  {
    message:
      'does hemochromatosis cause joint pain?? my knuckles on both hands ache all the time and i was diagnosed with it in march',
    focus: 'hemochromatosis',
    types: ['symptoms'],
  },
  // why: "exist some clinical study he can participate" asks only about trials
  {
    message:
      'Hello, I write from Brazil, sorry for my english. My son have diagnosis of Duchenne muscular dystrophy since he was 4 years, now he is 9 and start to fall more. Exist some clinical study in which he can participate? We can travel to USA or Europe if necessary. Thank you very much for your attention.',
    focus: 'Duchenne muscular dystrophy',
    types: ['research'],
  },
  // why: fridge or room temperature is a storage question
  {
    subject: 'fridge?',
    message:
      "does deferasirox need to be kept in the fridge or is room temp fine. we're going on holiday for 2 weeks and my son takes it for his thalassemia",
    focus: 'deferasirox',
    types: ['storage_disposal'],
  },
  // why: the long story ends in one question, "anything that helps with the tics", which asks treatment
  {
    message:
      'Our son Liam is 10 and was diagnosed with Tourette syndrome about a year ago. At first it was just blinking and sniffing, but now he has a loud throat-clearing noise and jerks his head, and the kids at school have started copying him. He came home crying on Friday and said he wishes he could just be normal. His teacher is supportive but we feel helpless. Is there anything that actually helps with the tics?',
    focus: 'Tourette syndrome',
    types: ['treatment'],
  },
  // why: "how common is it actually" asks frequency; wanting him to feel less alone is story
  {
    message:
      "My husband found out at 38 that he has Klinefelter syndrome, it came up during our fertility tests. He feels like some kind of freak and won't talk about it. How common is it actually? I want to show him he is not the only one.",
    focus: 'Klinefelter syndrome',
    types: ['frequency'],
  },
  // why: asking whether a named exposure (the antibiotic) caused it is association
  {
    subject: 'friend in hospital',
    message:
      'my best friend is in the burns unit with Stevens-Johnson syndrome, it started a week after she began an antibiotic for a sinus infection. could the antibiotic really have caused this',
    focus: 'Stevens-Johnson syndrome',
    types: ['association'],
  },
  // why: asks only where to find a doctor who knows the condition
  {
    message:
      "Where can I find a specialist for Wilson's disease in Ohio? My gastroenterologist admits he has never treated it before.",
    focus: "Wilson's disease",
    types: ['find_specialist'],
  },
  // why: "is it contagious / could I have given it to my partner" is one susceptibility question asked twice
  {
    message:
      "Is lichen sclerosus contagious? I'm so scared I gave it to my partner. Can it be passed on through sex?",
    focus: 'lichen sclerosus',
    types: ['susceptibility'],
  },
  // why: taking the dose at night instead of the morning is about how to take it; the upset stomach is story
  {
    message: 'can i take my metformin at night instead of the morning its upsetting my stomach at work',
    focus: 'metformin',
    types: ['drug_usage'],
  },
  // why: "what causes it" asks cause only
  {
    message:
      'What causes Kawasaki disease? My 3 year old was in hospital with it last month and no one could tell us why it happened. I keep thinking it was something I did.',
    focus: 'Kawasaki disease',
    types: ['cause'],
  },
  // why: help paying for a very expensive medicine is a cost question, so other
  {
    subject: 'cost of eculizumab',
    message:
      'My wife was started on eculizumab for her PNH and the pharmacy told us it costs hundreds of thousands a year. Our insurance is only covering part of it. Are there any programs or foundations that help pay for it?',
    focus: 'eculizumab',
    types: ['other'],
  },
  // why: "which gene is responsible" asks the gene
  {
    message:
      "Which gene is responsible for Angelman syndrome? Our geneticist mentioned it so fast and I didn't catch the name.",
    focus: 'Angelman syndrome',
    types: ['genetic_changes'],
  },
  // why: "could it be marfan" asks diagnosis, "can he still play basketball" asks lifestyle
  {
    subject: 'tall skinny son',
    message:
      'my son is 15 and 6 foot 5, really long arms and fingers and he needs thick glasses. the school nurse said it might be marfan syndrome. could it be? and if it is can he still play basketball, its his whole life',
    focus: 'marfan syndrome',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: what to do after a forgotten dose is drug_usage, whether the diarrhea comes from it is side_effects
  {
    message:
      "I have myasthenia gravis and take Mestinon 60 mg three times a day. Sometimes I forget the afternoon dose. Should I take two at the next time? Also, does Mestinon cause diarrhea? I've had it almost every day since I started.",
    focus: 'Mestinon',
    types: ['drug_usage', 'side_effects'],
  },
  // why: whether the brother should be tested is diagnosis, what she can eat at school is lifestyle
  {
    message:
      "Our 8 year old daughter was just diagnosed with celiac disease after months of tummy aches. Does her little brother need to be tested too? And what can she eat at school? She's so upset about missing pizza day.",
    focus: 'celiac disease',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: "what is PKU exactly" asks information, "will he develop normally" asks prognosis
  {
    subject: 'newborn screening result',
    message:
      "The hospital called to say our 6 day old son's newborn screening came back positive for PKU and we have an appointment on Monday. What is PKU exactly? Will he grow up and develop normally?",
    focus: 'PKU',
    types: ['information', 'prognosis'],
  },
  // why: going to the gym is lifestyle, whether it will go away on its own is prognosis
  {
    message:
      'im 24 and just got diagnosed with ITP after loads of random bruises on my legs. platelets are 40. can i still go to the gym and lift heavy? will it go away on its own or is this forever',
    focus: 'ITP',
    types: ['lifestyle', 'prognosis'],
  },
  // why: turning into lymphoma is complications, "is there a cure" is treatment
  {
    message:
      "Can Sjögren's syndrome turn into lymphoma? My rheumatologist mentioned it in passing and now I can't stop worrying. And is there a cure, or only eye drops forever?",
    focus: "Sjögren's syndrome",
    types: ['complications', 'treatment'],
  },
  // why: the chance she has it is inheritance, "is there a test to know" is diagnosis; wanting kids is story
  {
    message:
      "My mom has Huntington's disease, she's 58 and in a care home now. I'm 29 and my partner and I are thinking about having kids. What are the chances that I have it? Is there a test that can tell me for sure?",
    focus: "Huntington's disease",
    types: ['inheritance', 'diagnosis'],
  },
  // why: drinking on it is an interaction, being made depressed is a side effect
  {
    message:
      'my dermatologist wants to put me on isotretinoin for my acne. can i still drink on weekends while im on it? and will it make me depressed, my friend said it messed her up',
    focus: 'isotretinoin',
    types: ['interactions', 'side_effects'],
  },
  // why: what brings on the attacks is cause, stopping them is prevention
  {
    message:
      'My husband has familial Mediterranean fever. He gets attacks of fever and terrible belly pain every few weeks. What triggers the attacks? Can stress bring them on? Is there any way to prevent them?',
    focus: 'familial Mediterranean fever',
    types: ['cause', 'prevention'],
  },
  // why: asks the signs and how it is diagnosed
  {
    message: 'what are the symptoms of turner syndrome and how is it diagnosed',
    focus: 'turner syndrome',
    types: ['symptoms', 'diagnosis'],
  },
  // why: "what is it actually for" is indication, safety in pregnancy is contraindications
  {
    subject: 'gabapentin question',
    message:
      "What is gabapentin actually for? My neurologist prescribed it for my trigeminal neuralgia but the leaflet only talks about epilepsy and shingles pain. Also, is it safe in pregnancy? We're trying for a baby.",
    focus: 'gabapentin',
    types: ['indication', 'contraindications'],
  },
  // why: the next baby's chance is inheritance, a normal life span is prognosis
  {
    message:
      'We are both average height and nobody in our families has it, but our baby girl was born with achondroplasia. Will our next baby have it too? And will she have a normal life span?',
    focus: 'achondroplasia',
    types: ['inheritance', 'prognosis'],
  },
  // why: the link between EDS and POTS is association, what kind of doctor is find_specialist
  {
    message:
      'I was diagnosed with EDS last year and now my cardiologist thinks I have POTS too. Is there a link between EDS and POTS? Also what kind of doctor should be managing the EDS, I feel like nobody is in charge of my care.',
    focus: 'EDS',
    types: ['association', 'find_specialist'],
  },
  // why: backpacking for months is travel (lifestyle), what happens in a crisis without help is complications
  {
    subject: "Addison's disease and travelling",
    message:
      "I'm 22 and have Addison's disease. I want to go backpacking in South America for three months after uni. Is that realistic? What happens if I go into a crisis somewhere remote and can't get to a hospital?",
    focus: "Addison's disease",
    types: ['lifestyle', 'complications'],
  },
  // why: "am I at risk because I smoke" is susceptibility, testing the kids is diagnosis
  {
    message:
      "I found out I am a carrier of alpha-1 antitrypsin deficiency (MZ) when my sister was diagnosed. I'm 45 and still smoke. Am I at risk of getting sick from it because I smoke? Should my kids be tested?",
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['susceptibility', 'diagnosis'],
  },
  // why: how common is frequency, affecting the brain is complications, scanning the children is diagnosis
  {
    message:
      'My husband was diagnosed with polycystic kidney disease at 41. How common is polycystic kidney disease? I read that it can affect the brain too, is that true? Should our children (12 and 15) be scanned now or wait until they are older?',
    focus: 'polycystic kidney disease',
    types: ['frequency', 'complications', 'diagnosis'],
  },
  // why: coffee is an interaction, lactose is ingredients, safety in pregnancy is contraindications
  {
    message:
      "Can I take levothyroxine with my morning coffee or do I need to wait? Does it contain lactose, I'm very intolerant. And I just found out I'm pregnant, is it ok to keep taking it?",
    focus: 'levothyroxine',
    types: ['interactions', 'ingredients', 'contraindications'],
  },
  // why: treatments is treatment, support groups is find_specialist, being a carrier is inheritance
  {
    message:
      "My cousin has Gaucher disease type 1. What treatments are there? Are there support groups for adults with it? Our grandparents were cousins too so I'm wondering if I could be a carrier.",
    focus: 'Gaucher disease',
    types: ['treatment', 'find_specialist', 'inheritance'],
  },
  // why: same as hemophilia asks information, help for heavy periods is treatment, whether the mother should be tested is diagnosis
  {
    subject: 'daughter just diagnosed',
    message:
      'Our daughter (15) was diagnosed with von Willebrand disease after really heavy periods that made her faint at school. Is von Willebrand disease the same thing as hemophilia? What can she take for the heavy periods? I bruise easily and had bad bleeding after my c-section, should I be tested too?',
    focus: 'von Willebrand disease',
    types: ['information', 'treatment', 'diagnosis'],
  },
  // why: life expectancy is prognosis, whether something in pregnancy caused it is cause, the new drug trials are research
  {
    message:
      'Our daughter Mia is 3 and was diagnosed with Rett syndrome in the spring. She was babbling and waving at 12 months, and then slowly she stopped using her hands and lost her words. Now she wrings her hands all day and has started having breathing episodes. I go over and over my pregnancy in my head. Did I cause this by something I did while pregnant? What is her life expectancy? I also read online about a new drug, are there any trials she could join?',
    focus: 'Rett syndrome',
    types: ['cause', 'prognosis', 'research'],
  },
  // why: stopping the crises is prevention, football is lifestyle, life expectancy is prognosis, fertility from hydroxyurea is side_effects
  {
    message:
      'hi my son is 8 and has sickle cell disease. he has been in hospital 3 times this year with pain crises. how do we stop the crises from happening? can he still play football with his friends? what is his life expectancy, the internet scares me. the doctor wants to start hydroxyurea, could that affect his fertility later?',
    focus: 'sickle cell disease',
    types: ['prevention', 'lifestyle', 'prognosis', 'side_effects'],
  },
  // why: the cause is cause, the daughter having it also is inheritance, studies for new medicine is research
  {
    message:
      'Good day. My wife have MS since 2015, she is 44 years. What is the cause of this disease? Our daughter can have it also in future? Is there studies for new medicine that my wife can enter? Thank you.',
    focus: 'MS',
    types: ['cause', 'inheritance', 'research'],
  },
  // why: alcohol is interactions, pregnancy is contraindications, throwing away syringes is storage_disposal
  {
    subject: 'methotrexate questions',
    message:
      'I inject methotrexate once a week for my psoriasis. 1) can I have a glass of wine at my sisters wedding 2) I just found out im pregnant, is methotrexate dangerous for the baby?? 3) how do I get rid of the leftover syringes, can they go in the normal bin',
    focus: 'methotrexate',
    types: ['interactions', 'contraindications', 'storage_disposal'],
  },
  // why: other signs to watch for is symptoms, how it is confirmed is diagnosis, tumours becoming cancer is complications
  {
    subject: 'cafe au lait spots on baby',
    message:
      'our baby is 7 months and has 7 cafe au lait spots, the pediatrician says it could be NF1. what other signs should we watch out for? how do they confirm it? and can the tumours turn into cancer',
    focus: 'NF1',
    types: ['symptoms', 'diagnosis', 'complications'],
  },
  // why: driving is lifestyle, modafinil being addictive is side_effects, the pill not working is interactions
  {
    message:
      'I was diagnosed with narcolepsy last month (24F). Am I allowed to drive? My doctor gave me modafinil, is it addictive? And someone told me modafinil makes the birth control pill not work, is that true?',
    focus: 'narcolepsy',
    types: ['lifestyle', 'side_effects', 'interactions'],
  },
];
