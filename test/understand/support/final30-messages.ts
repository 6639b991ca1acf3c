/**
 * "final30" set. Messages in every style: search-box queries, long stories, several questions, misspellings,
 * second-language English, medicines, subject lines. Written by someone who had read neither the understanding or
 * retrieval code nor any earlier set, following the labeling guide (src/understand/README.md) and checking only
 * that each focus is a name the knowledge base holds. Scored once, at the end of its round, after its last change
 * (focus 1.000, type F1 0.947). Scored by final30.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --final30 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL30_MESSAGES: ConsumerMessage[] = [
  // why: a search-box query for the signs of the disease asks symptoms only
  {
    message: 'fabry disease symptoms',
    focus: 'fabry disease',
    types: ['symptoms'],
  },
  // why: "will he lose the ability to walk" is prognosis, "could his sister be a carrier" is inheritance, "trials of gene therapy" is research
  {
    subject: 'Our son was just diagnosed',
    message:
      'Hello, our son Liam is 4 and we noticed he was falling a lot and had trouble getting up from the floor and climbing stairs. After a blood test showed a very high CK and then a genetic test, the neurologist told us last week that he has Duchenne muscular dystrophy. We are still in shock and did not take in much at the appointment. Will he lose the ability to walk, and at what age does that usually happen? We also have a baby girl of 10 months - is it true she could be a carrier like me? And are there any trials of gene therapy that a boy his age could join? Thank you for any help you can give us.',
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'inheritance', 'research'],
  },
  // why: "can I drink wine with it" is interactions, "missed my weekly dose, can I take it Wednesday" is drug_usage
  {
    message:
      "Can I have a glass of wine at my daughter's wedding if I'm on methotrexate for rheumatoid arthritis? Also I missed my weekly dose on Monday because of all the preparations, can I just take it on Wednesday instead?",
    focus: 'methotrexate',
    types: ['interactions', 'drug_usage'],
  },
  // why: asking whether the unborn baby will have it is inheritance
  {
    message:
      'Hello doctor, my wife she have the sickle cell anemia since she is child. Now she is pregnant 3 month. Is the baby will have sickle cell too? We are very worry',
    focus: 'sickle cell anemia',
    types: ['inheritance'],
  },
  // why: "could this be Marfan syndrome" is diagnosis, "what kind of doctor should we see" is find_specialist
  {
    message:
      'My son is 15 and already 6\'5", with really long arms and fingers, and his eye doctor says the lens in one eye is slightly out of place. Could this be Marfan syndrome? What kind of doctor should we see to find out?',
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: which foods to avoid is a diet question, so lifestyle
  {
    subject: 'wilsons disease diet',
    message:
      'my brother was diagnosed with wilsons disease at 19. are there foods he should stay away from like chocolate or shellfish or nuts',
    focus: 'wilsons disease',
    types: ['lifestyle'],
  },
  // why: "what exactly is it" is information, "life expectancy" is prognosis, "did it come from our side of the family" is inheritance
  {
    message:
      'My granddaughter was born 3 weeks ago and the newborn screening came back positive, then the sweat test confirmed cystic fibrosis. My son and his wife are overwhelmed and I want to be able to help them. What exactly is it? What is the life expectancy now a days, I remember when children with it did not live long. And is it something that came from our side of the family? Nobody we know of ever had it.',
    focus: 'cystic fibrosis',
    types: ['information', 'prognosis', 'inheritance'],
  },
  // why: asks only whether the medicine must be kept in the fridge, which is storage
  {
    message: 'does hydroxyurea have to be kept in the fridge or is the cupboard ok',
    focus: 'hydroxyurea',
    types: ['storage_disposal'],
  },
  // why: "what are the chances I have it" is inheritance, "should I get tested" is diagnosis
  {
    subject: "Huntington's disease in my family",
    message:
      "My dad was just diagnosed with Huntington's disease at 52. I'm 24 and my partner and I want to start a family in the next few years. What are the chances I have it too? Should I get tested before we try for a baby?",
    focus: "Huntington's disease",
    types: ['inheritance', 'diagnosis'],
  },
  // why: asks what brings on flare-ups, which is cause
  {
    message: 'what causes myasthenia gravis to flair up? mine gets worse for no reason',
    focus: 'myasthenia gravis',
    types: ['cause'],
  },
  // why: "is the cramping from the medicine" is side_effects, "can I take the evening dose later at bedtime" is drug_usage
  {
    message:
      'I just started Mestinon for my myasthenia gravis 2 weeks ago. It gives me awful stomach cramps and diarrhea about half an hour after each pill. Is that from the Mestinon? And is it OK to take the evening dose later, at bedtime, so it lasts through the night?',
    focus: 'Mestinon',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "how does Kuvan work" is indication, "side effects" is side_effects, "how do you give it to a baby" is drug_usage
  {
    subject: 'Kuvan for our baby with PKU',
    message:
      'Our daughter was picked up with PKU on the heel prick test and she is now 4 months old. We are managing with the special formula but her levels are still up and down. The dietitian mentioned Kuvan and said we could try a test to see if she responds. How does Kuvan work, and what are the side effects? Also how do you give it to a baby, does it dissolve in water or milk?',
    focus: 'Kuvan',
    types: ['indication', 'side_effects', 'drug_usage'],
  },
  // why: "is it safe to do yoga or pilates" is lifestyle, "does it get worse as you get older" is prognosis
  {
    message:
      'I have hypermobile Ehlers-Danlos syndrome (diagnosed at 31 after years of being told I was just flexible). Is it safe for me to do yoga or pilates or will it make my joints worse? and does EDS get worse as you get older',
    focus: 'Ehlers-Danlos syndrome',
    types: ['lifestyle', 'prognosis'],
  },
  // why: asks whether it can lead to liver damage, which is complications
  {
    subject: "Question about Gilbert's syndrome",
    message:
      "My routine blood test showed slightly raised bilirubin and my GP said it's probably Gilbert's syndrome and nothing to worry about. Can Gilbert's syndrome lead to liver damage later in life?",
    focus: "Gilbert's syndrome",
    types: ['complications'],
  },
  // why: "is spinach a problem with it" is interactions, "she forgets the tablet, what to do" is drug_usage
  {
    message:
      'My mother take warfarin for her heart rhythm. She like to eat much spinach and green salad every day, is problem with the warfarin? Also she forget sometimes the tablet, what she must do then, take two next day?',
    focus: 'warfarin',
    types: ['interactions', 'drug_usage'],
  },
  // why: "could this be Tourette syndrome" is diagnosis, "will he grow out of it" is prognosis, "what should we tell his school" is lifestyle
  {
    message:
      'My 8 year old has started blinking really hard and clearing his throat all the time, and lately he jerks his head to the side. His teacher noticed it too. Could this be Tourette syndrome? If it is, will he grow out of it? And what should we tell his school, will he need any extra help there?',
    focus: 'Tourette syndrome',
    types: ['diagnosis', 'prognosis', 'lifestyle'],
  },
  // why: asks how rare it is, which is frequency
  {
    message: 'how rare is moebius syndrome',
    focus: 'moebius syndrome',
    types: ['frequency'],
  },
  // why: "which gene is it" is genetic_changes, "can they test the baby before birth" is diagnosis
  {
    message:
      'My nephew has fragile X syndrome. My sister is pregnant again and very anxious. Which gene is it that causes fragile X syndrome, and can they test the baby before it is born?',
    focus: 'fragile X syndrome',
    types: ['genetic_changes', 'diagnosis'],
  },
  // why: safety while breastfeeding is a contraindications question
  {
    message: 'Is it safe to take lamotrigine while breastfeeding? My baby is 3 weeks old.',
    focus: 'lamotrigine',
    types: ['contraindications'],
  },
  // why: "what is it exactly" is information, "can it affect the lungs or brain" is complications, "where can we find a hospital that specialises" is find_specialist
  {
    subject: 'HHT - nosebleeds',
    message:
      'hi, my husband and his mum both have terrible nosebleeds several times a week and little red spots on their lips, and the doctor thinks it is HHT. what is hereditary hemorrhagic telangiectasia exactly, can it affect the lungs or brain, and where can we find a hospital that specialises in it? we live in ohio',
    focus: 'hereditary hemorrhagic telangiectasia',
    types: ['information', 'complications', 'find_specialist'],
  },
  // why: "is it contagious" is susceptibility, "how many people have it" is frequency
  {
    message:
      "Is lupus contagious? My boyfriend's family won't share food or drinks with me since I told them. Also how many people actually have lupus, I had never heard of it before",
    focus: 'lupus',
    types: ['susceptibility', 'frequency'],
  },
  // why: "does it cause hair thinning" is side_effects, "is it safe if I get pregnant" is contraindications
  {
    message:
      "I've been on plaquenil for 3 years for lupus. does plaquenil cause hair thinning? my hair is coming out in clumps. and is it safe to stay on it if I get pregnant",
    focus: 'plaquenil',
    types: ['side_effects', 'contraindications'],
  },
  // why: a search-box query for the test asks diagnosis only
  {
    message: 'alpha-1 antitrypsin deficiency test',
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['diagnosis'],
  },
  // why: "special diet" is lifestyle, "is growth hormone worth it" is treatment, "research into medicines for the hunger" is research
  {
    subject: 'Prader-Willi - food',
    message:
      'Our daughter is 2 and has Prader-Willi syndrome. She was so floppy and sleepy as a newborn and we had to tube feed her, and now suddenly she wants food all the time and has tantrums when we say no. We are exhausted. Is there a special diet we should follow, is the growth hormone treatment really worth it (the injections every day are hard), and is there any research going on into medicines for the hunger?',
    focus: 'Prader-Willi syndrome',
    types: ['lifestyle', 'treatment', 'research'],
  },
  // why: asks what causes it, which is cause
  {
    subject: 'kawasaki',
    message:
      'my son is in hospital with kawasaki disease, he is 3. what causes it?? nobody can tell us and I keep thinking we did something wrong',
    focus: 'kawasaki disease',
    types: ['cause'],
  },
  // why: "should I stop alcohol and red meat" is lifestyle, "do my kids need to be tested" is diagnosis
  {
    message:
      'Just diagnosed with hereditary hemochromatosis after my ferritin came back over 1000. Should I stop drinking alcohol and avoid red meat? And do my kids (17 and 20) need to be tested?',
    focus: 'hereditary hemochromatosis',
    types: ['lifestyle', 'diagnosis'],
  },
  // why: "is the dizziness from Tegretol" is side_effects, other pills and grapefruit juice are interactions, "what if he stops it suddenly" is drug_usage
  {
    subject: 'Dad on Tegretol',
    message:
      'I care for my father who is 81 and has trigeminal neuralgia. His neurologist put him on Tegretol last month and the face pain is much better, but since then he is dizzy, unsteady and a bit confused in the evenings. Is this from the Tegretol? Can he take it with his omeprazole and his blood pressure pills, and is his morning grapefruit juice ok? He says he wants to just stop it - what happens if he stops it suddenly?',
    focus: 'Tegretol',
    types: ['side_effects', 'interactions', 'drug_usage'],
  },
  // why: asks only about clinical trials, which is research
  {
    message: 'Are there any clinical trials for adults with spinal muscular atrophy type 3 in Europe',
    focus: 'spinal muscular atrophy',
    types: ['research'],
  },
  // why: "what does the test involve" is diagnosis, "is it treated with growth hormone" is treatment
  {
    message:
      'Our daughter is 11 and much shorter than everyone in her class, and the pediatrician wants to test her for Turner syndrome. What does the test involve? And if she does have it, is it treated with growth hormone?',
    focus: 'Turner syndrome',
    types: ['diagnosis', 'treatment'],
  },
  // why: asks whether it runs in families, which is inheritance
  {
    message: 'is celiac disease hereditery',
    focus: 'celiac disease',
    types: ['inheritance'],
  },
  // why: "can alcohol or fasting bring on an attack" is cause, "how can I prevent attacks" is prevention
  {
    subject: 'porphyria and surgery',
    message:
      'I have acute intermittent porphyria and have had 3 attacks in the last 5 years. Can alcohol or fasting bring on an attack? I need gallbladder surgery in March - how can I prevent an attack around the operation?',
    focus: 'acute intermittent porphyria',
    types: ['cause', 'prevention'],
  },
  // why: "what is this disease" is information, "how they confirm it" is diagnosis, "there is a treatment" is treatment, "is very expensive" is other
  {
    message:
      'Good evening. I am writing from Brazil for my cousin, my English is not so good, sorry. He has 30 years and since long time he is tired, he have bruises easy and the belly is big. The doctors say maybe Gaucher disease because the spleen is very big and the platelets are low. What is this disease? How they confirm it, is a blood test or must be the bone marrow? And there is a treatment, the enzyme in the vein? Is very expensive? Thank you very much for your help.',
    focus: 'Gaucher disease',
    types: ['information', 'diagnosis', 'treatment', 'other'],
  },
  // why: "can it affect the heart" is complications, "what are the signs of that" is symptoms, "a specialist clinic" is find_specialist
  {
    message:
      'My best friend was diagnosed with sarcoidosis in her lungs last year. Now she has palpitations and her doctor mentioned the heart. Can sarcoidosis affect the heart? What are the signs of that to watch out for? And is there a specialist clinic for cardiac sarcoid anywhere in the Midwest? I want to help her find one',
    focus: 'sarcoidosis',
    types: ['complications', 'symptoms', 'find_specialist'],
  },
  // why: "before breakfast or at night" is drug_usage, "can Exjade harm the kidneys" is side_effects
  {
    message:
      'My son has beta thalassemia and gets transfusions every 3 weeks, and he takes Exjade for the iron. Should he take it before breakfast or can it be at night when its easier? And his creatinine went up on the last blood test, can Exjade harm the kidneys?',
    focus: 'Exjade',
    types: ['drug_usage', 'side_effects'],
  },
  // why: asks only for support groups, which is find_specialist
  {
    subject: 'Support for Rett syndrome families',
    message:
      'Are there any support groups for parents of girls with Rett syndrome in the UK? Ideally near Leeds.',
    focus: 'Rett syndrome',
    types: ['find_specialist'],
  },
  // why: "how does it work" is indication, "will it make her pee a lot" is side_effects
  {
    message:
      'my mum has polycystic kidney disease and her kidney function is dropping, so her nephrologist wants to start her on Jynarque. how does it work? and will it make her pee a lot, she already has to get up at night',
    focus: 'Jynarque',
    types: ['indication', 'side_effects'],
  },
  // why: "does it cause epilepsy" is symptoms, "is it always inherited / will the next baby have it" is inheritance, "will the heart tumours go away" is prognosis
  {
    subject: 'TSC question',
    message:
      'Our baby boy was diagnosed with tuberous sclerosis after the 20 week scan showed tumours in his heart, and the MRI after birth confirmed it. Does tuberous sclerosis usually cause epilepsy? Is it always inherited, because neither of us has it, and what is the chance our next baby has it too? And are the heart tumours going to go away on their own?',
    focus: 'tuberous sclerosis',
    types: ['symptoms', 'inheritance', 'prognosis'],
  },
  // why: "will she have to take it forever" is drug_usage (stopping), "side effects in children" is side_effects
  {
    message:
      'daughter age 5 has familial mediterranean fever, attacks of fever and belly pain every month. the doctor started colchicine. will she have to take colchicine forever? what are the side effects in children',
    focus: 'colchicine',
    types: ['drug_usage', 'side_effects'],
  },
  // why: asks whether a named exposure (flu vaccine) can cause it, which is association
  {
    message:
      'Can the flu vaccine cause Guillain-Barre syndrome? My aunt got it two weeks after her flu shot.',
    focus: 'Guillain-Barre syndrome',
    types: ['association'],
  },
  // why: asks only what the medicine contains, which is ingredients
  {
    subject: 'lactose in thyroid pills',
    message: 'does levothyroxine contain lactose? im very lactose intolerant',
    focus: 'levothyroxine',
    types: ['ingredients'],
  },
];
