/**
 * Long, informal consumer messages written for this project from general knowledge of how people write to
 * health information services (story, several questions, misspellings, brand names, no question mark).
 * None is taken or paraphrased from MedQuAD, LiveQA or the classifier's training list. Used by
 * messages.test.ts (aggregate floors) and by `npx tsx test/understand/support/score-messages.ts`.
 */
import type { QuestionType } from '../../../src/kb/index.js';

export interface ConsumerMessage {
  subject?: string;
  message: string;
  /** Words of the message naming the condition or drug asked about (first one: the main focus). */
  focus: string;
  /** What is asked (set of types). */
  types: QuestionType[];
}

export const CONSUMER_MESSAGES: ConsumerMessage[] = [
  {
    subject: 'help please',
    message:
      'My husband has had psoriasis for about 15 years now and nothing the dermatologist gives him seems to work anymore, the creams just stop working after a few weeks. Are there any newer treatments out there that we should ask about?',
    focus: 'psoriasis',
    types: ['treatment'],
  },
  {
    message:
      'hi, i was diagnosed with plantar fasciitis last month and it hurts so bad every morning when i get out of bed. what can i do to make it stop hurting, i cant afford to miss work',
    focus: 'plantar fasciitis',
    types: ['treatment'],
  },
  {
    subject: 'gout',
    message:
      'I keep getting gout attacks in my big toe every couple of months. My doctor put me on allopurinol but I still get them. What else can be done for this? Thank you',
    focus: 'gout',
    types: ['treatment'],
  },
  {
    message:
      'Dear sir, my mother is 78 and she suffers from trigeminal neuralgia, the pain is terrible and the carbamazepine makes her very sleepy. Please let me know the best way to manage her pain.',
    focus: 'trigeminal neuralgia',
    types: ['treatment'],
  },
  {
    message:
      'My son is 6 and has bad eczema on his arms and behind the knees. We have tried every lotion. Is there anything natural that helps with eczema?',
    focus: 'eczema',
    types: ['treatment'],
  },
  {
    subject: 'Restless legs',
    message:
      'I have restless leg syndrome and I can not sleep at night. I am 52. I would like to know what medication is best for restless legs.',
    focus: 'restless leg syndrome',
    types: ['treatment'],
  },
  {
    message:
      'hello my daughter has been diagnosed with scoliosis her curve is 30 degrees. does she need surgery or will a brace be enough?',
    focus: 'scoliosis',
    types: ['treatment'],
  },
  {
    message:
      'I have suffered with tinnitus for years, constant ringing in both ears. Has anything been found to cure this? I am desperate.',
    focus: 'tinnitus',
    types: ['treatment'],
  },
  {
    subject: 'Hidradenitis suppurativa',
    message:
      'I am a 34 year old woman with hidradenitis suppurativa. The boils keep coming back under my arms. I have been on antibiotics many times. Looking for options besides antibiotics.',
    focus: 'hidradenitis suppurativa',
    types: ['treatment'],
  },
  {
    message:
      'My father was told he has macular degeneration, the dry kind. Is there any treatment to stop it getting worse? He is 81.',
    focus: 'macular degeneration',
    types: ['treatment'],
  },
  {
    message:
      'My sister has lupus and she wants to have a baby. Can she get pregnant safely with lupus, and will the baby be ok?',
    focus: 'lupus',
    types: ['association'],
  },
  {
    message:
      'I was wondering if there is any connection between my thyroid problems and my hair falling out. I have hypothyroidism and take levothyroxine.',
    focus: 'hypothyroidism',
    types: ['association'],
  },
  {
    message: 'Can stress cause psoriasis to flare? Every time I have a hard week at work my skin gets worse.',
    focus: 'psoriasis',
    types: ['association'],
  },
  {
    message:
      'my grandson has autism and i have read that vaccines can cause it, is that true? his mother wants to stop the shots for the baby.',
    focus: 'autism',
    types: ['association'],
  },
  {
    // Diabetes asked about as a risk factor of Alzheimer's: who is at risk for Alzheimer's (where the
    // knowledge base keeps risk factors), not how two conditions relate in general.
    message:
      'Does having diabetes make you more likely to get Alzheimers? My mother had both and now I have type 2 diabetes.',
    focus: 'Alzheimers',
    types: ['susceptibility'],
  },
  {
    message:
      'Is celiac disease related to type 1 diabetes? My son has type 1 and now his doctor wants to test him for celiac.',
    focus: 'celiac disease',
    types: ['association'],
  },
  {
    // the chance that the children get it = inheritance (labeling guide, src/understand/README.md)
    message:
      'My husband has Crohns disease. We are thinking of having children. What are the chances our kids will get it too?',
    focus: 'Crohns disease',
    types: ['inheritance'],
  },
  {
    message:
      'My brother was just diagnosed with colon cancer at 45. Am I at higher risk now? Should I get a colonoscopy earlier?',
    focus: 'colon cancer',
    types: ['susceptibility', 'diagnosis'],
  },
  {
    message:
      'I had chickenpox as a kid. Can I still get shingles? I am 60 and my friend just had it and said it was awful.',
    focus: 'shingles',
    types: ['susceptibility'],
  },
  {
    message:
      'My wife has tuberculosis and is being treated. Can I catch it from her? We sleep in the same bed.',
    focus: 'tuberculosis',
    types: ['susceptibility'],
  },
  {
    message:
      'Who is most likely to get multiple sclerosis? Is it more common in women? My aunt and my cousin both have MS.',
    focus: 'multiple sclerosis',
    types: ['susceptibility'],
  },
  {
    message:
      'i smoke about a pack a day and my dad died of emphysema. what are my chances of getting emphysema too',
    focus: 'emphysema',
    types: ['susceptibility'],
  },
  {
    subject: 'question',
    message:
      'My daughter was born with a cleft lip. If she has kids one day, could her children be born with it too?',
    focus: 'cleft lip',
    types: ['inheritance'],
  },
  {
    message:
      'Hello. My niece has been diagnosed with Ehlers-Danlos syndrome. I would like some information about this condition please. Thank you.',
    focus: 'Ehlers-Danlos syndrome',
    types: ['information'],
  },
  {
    message:
      'I was diagnosed with sarcoidosis last week. I had never heard of it before. Any information would be appreciated.',
    focus: 'sarcoidosis',
    types: ['information'],
  },
  {
    message:
      'My 3 year old son has been diagnosed with Kawasaki disease. What is this disease and will his heart be ok?',
    focus: 'Kawasaki disease',
    types: ['information', 'complications'],
  },
  {
    message:
      'My mom has been having really bad headaches and blurry vision for two weeks, and today her left arm felt numb. What could be causing this?',
    focus: 'headaches',
    types: ['cause'],
  },
  {
    message:
      'Why do I keep getting kidney stones? I have had 4 in the last two years and drink plenty of water.',
    focus: 'kidney stones',
    types: ['cause'],
  },
  {
    message:
      'how do you know if you have celiac? i get bloated after eating bread and my cousin has celiac. what test do i ask for',
    focus: 'celiac',
    types: ['diagnosis'],
  },
  {
    message:
      'What are the first signs of Parkinsons? My father has a tremor in his right hand and walks slower than before.',
    focus: 'Parkinsons',
    types: ['symptoms'],
  },
  {
    message:
      'My husband has ALS. He was diagnosed 8 months ago. How long does he have? What will happen as it progresses?',
    focus: 'ALS',
    types: ['prognosis'],
  },
  {
    message: 'I have type 2 diabetes. What foods should I avoid? Can I still eat fruit and rice?',
    focus: 'type 2 diabetes',
    types: ['lifestyle'],
  },
  {
    message:
      'Is there a doctor in the Chicago area who specializes in Marfan syndrome? My son was just diagnosed and our pediatrician does not know much about it.',
    focus: 'Marfan syndrome',
    types: ['find_specialist'],
  },
  {
    message:
      'How can I stop my kids from getting head lice again? We have treated them three times this year.',
    focus: 'head lice',
    types: ['prevention'],
  },
  {
    message:
      'My doctor prescribed Lipitor for my cholesterol. I have been having muscle aches in my legs since. Could it be the Lipitor?',
    focus: 'Lipitor',
    types: ['side_effects'],
  },
  {
    message: 'Can I take Advil with my blood pressure medicine lisinopril? I have a bad toothache.',
    focus: 'Advil',
    types: ['interactions'],
  },
  {
    message:
      'I have been on Zoloft 50 mg for a year and want to come off it. How should I stop taking it without feeling sick?',
    focus: 'Zoloft',
    types: ['drug_usage'],
  },
  {
    message:
      'Is it safe to take Benadryl while breastfeeding? My baby is 3 months old and I have terrible allergies.',
    focus: 'Benadryl',
    types: ['contraindications'],
  },
  {
    message: 'What is Xanax used for? My doctor wants me to try it but I am nervous about taking it.',
    focus: 'Xanax',
    types: ['indication'],
  },
  {
    message: 'does synthroid have gluten in it? i have celiac and need to know what is in my pills',
    focus: 'synthroid',
    types: ['ingredients'],
  },
  {
    message:
      'I left my insulin pens in the car overnight and it got very cold. Is the insulin still good to use?',
    focus: 'insulin',
    types: ['storage_disposal'],
  },
  {
    message: 'my husband takes coumadin and he wants to drink beer at the ballgame this weekend. is that ok?',
    focus: 'coumadin',
    types: ['interactions'],
  },
  {
    message: 'What is the difference between Tylenol and Advil? Which one is better for a fever in a child?',
    focus: 'Tylenol',
    types: ['association'],
  },
  {
    message:
      'I have been taking Prilosec every day for 5 years for heartburn. Is it bad to take it that long? I read it can hurt your bones.',
    focus: 'Prilosec',
    types: ['side_effects'],
  },
  {
    message:
      'My doctor says I have osteoporosis and wants me to take Fosamax. How do I take it, I heard you have to stand up after?',
    focus: 'Fosamax',
    types: ['drug_usage'],
  },
  {
    message:
      'I was diagnosed with fibromyalgia two years ago. I hurt all over and I am exhausted all the time. Nothing helps. What else can I try? I have tried Lyrica and Cymbalta already.',
    focus: 'fibromyalgia',
    types: ['treatment'],
  },
  {
    message:
      'My 15 year old daughter has severe acne and the dermatologist wants to put her on Accutane. What are the risks? I heard it can cause depression.',
    focus: 'Accutane',
    types: ['side_effects'],
  },
  {
    message:
      'I have had sciatica for 3 months and physical therapy is not helping. Should I get the steroid shot or is surgery the only option left?',
    focus: 'sciatica',
    types: ['treatment'],
  },
  {
    message:
      'Is vitiligo contagious? A mom at school will not let her kids play with my son because of the white patches on his skin.',
    focus: 'vitiligo',
    types: ['susceptibility'],
  },
  {
    message:
      'Can you get Lyme disease more than once? I had it two summers ago and now I have a new bullseye rash.',
    focus: 'Lyme disease',
    types: ['susceptibility'],
  },
  {
    message: 'My daughter has Turner syndrome. Will she be able to have children when she grows up?',
    focus: 'Turner syndrome',
    types: ['complications'],
  },
  {
    message:
      'I have Raynauds and my fingers turn white and then blue in the cold. Is there any medicine for this or do I just wear gloves?',
    focus: 'Raynauds',
    types: ['treatment'],
  },
  {
    message:
      'Hi. My dad (72) has been told he has an abdominal aortic aneurysm, 4.5 cm. The doctor wants to just watch it. Shouldnt it be fixed? What are the options?',
    focus: 'abdominal aortic aneurysm',
    types: ['treatment'],
  },
  {
    message:
      'My son was diagnosed with Tourette syndrome. Does drinking soda or eating sugar make the tics worse?',
    focus: 'Tourette syndrome',
    types: ['association'],
  },
  {
    message: 'Does the birth control pill increase the risk of blood clots? I am 38 and I smoke a little.',
    focus: 'birth control pill',
    types: ['side_effects'],
  },
  {
    message:
      'my mother has dementia and keeps getting urinary tract infections. are the infections making her confusion worse?',
    focus: 'dementia',
    types: ['association'],
  },
  {
    message:
      'Our baby has jaundice and the doctor says to put her by the window. Is that enough or does she need the light treatment in the hospital?',
    focus: 'jaundice',
    types: ['treatment'],
  },
  {
    message:
      'I have had a cough for 6 weeks after a cold. I am not a smoker. Should I be worried that it is something serious like lung cancer?',
    focus: 'cough',
    types: ['diagnosis'],
  },
  {
    message:
      'Im 25 and i have polycystic ovary syndrome, can i still get pregant? we have been trying for a year',
    focus: 'polycystic ovary syndrome',
    types: ['complications'],
  },
  {
    message:
      'I have hepatitis C and my girlfriend is worried. Can she get it from kissing or sharing a glass?',
    focus: 'hepatitis C',
    types: ['susceptibility'],
  },
  {
    message:
      'hi my name is Carol and my daughter is 14 she was diagnosed with juvenile arthritis when she was 9 and she has been on methotrexate for years but her knees are still swollen most days and she misses a lot of school what else is there that could help her',
    focus: 'juvenile arthritis',
    types: ['treatment'],
  },
  {
    subject: 'my feet',
    message:
      'For the past 2 years I have had burning and tingling in both feet, worse at night. My doctor says it is peripheral neuropathy but does not know why since I am not diabetic. He gave me gabapentin which makes me dizzy. is there any other medicine or something I could do myself?',
    focus: 'peripheral neuropathy',
    types: ['treatment'],
  },
  {
    message:
      'I am 45 and was just told I have an underactive thyroid. I am so tired all the time and gaining weight. Do I have to take pills for the rest of my life or can it go away on its own',
    focus: 'underactive thyroid',
    types: ['treatment'],
  },
  {
    message:
      'My 2 year old grandson has had ear infections one after another since he was a baby, they keep giving him amoxicillin. Somebody told me about tubes in the ears. Would that stop the infections?',
    focus: 'ear infections',
    types: ['treatment'],
  },
  {
    // preventing the attacks = prevention (labeling guide, src/understand/README.md)
    message:
      'Ive had migraines since i was a teenager and now im 38 they come 3 or 4 times a week and the imitrex barely touches them. I lost my job because of it. Please is there anything to prevent them or make them less often',
    focus: 'migraines',
    types: ['prevention'],
  },
  {
    message:
      'Good afternoon. My husband who is 66 has had shingles on his face for a week, the pain is unbearable and now his eye is red. We are very worried. How do we treat the pain and can it damage his eye?',
    focus: 'shingles',
    types: ['treatment', 'complications'],
  },
  {
    message:
      'My wife was diagnosed with rheumatoid arthritis 3 months ago. We have 2 daughters. Does this mean our girls will get it when they are older? Is there anything they can do to lower their risk?',
    focus: 'rheumatoid arthritis',
    types: ['susceptibility', 'prevention'],
  },
  {
    message:
      'I work in a daycare and one of the kids has hand foot and mouth disease. I am 5 months pregnant. Am I likely to get it and would it hurt my baby?',
    focus: 'hand foot and mouth disease',
    types: ['susceptibility', 'association'],
  },
  {
    message:
      'Both my father and my grandfather had prostate cancer. I am 41. At what age should I start getting checked, and what are my odds of getting it?',
    focus: 'prostate cancer',
    types: ['diagnosis', 'susceptibility'],
  },
  {
    message:
      'I have had asthma all my life and lately my heartburn is really bad. My doctor says the acid might be making my asthma worse. Is that possible?',
    focus: 'asthma',
    types: ['association'],
  },
  {
    message:
      'my son has epilepsy and takes Keppra. He has become very angry and moody over the last few months, he used to be so easy going. Can the medicine do that to him',
    focus: 'Keppra',
    types: ['side_effects'],
  },
  {
    message:
      'Hello, I was reading about gluten and autism and wanted to ask if a gluten free diet would help my 5 year old with his autism, we are willing to try anything.',
    focus: 'autism',
    types: ['lifestyle'],
  },
  {
    message:
      'I was told I have a fatty liver from an ultrasound they did for something else. I do not drink. What does this mean for me? Could it turn into cirrhosis?',
    focus: 'fatty liver',
    types: ['information', 'complications'],
  },
  {
    message:
      'My mom is 83 and she has had macular degeneration for a while. My sister and I are in our 50s. Should we be worried that we will get it too? We both wear glasses.',
    focus: 'macular degeneration',
    types: ['susceptibility'],
  },
  {
    message:
      'Our 7 month old daughter was diagnosed with a heart murmur at her checkup today. The doctor did not seem worried but we are. Is this something that will need surgery?',
    focus: 'heart murmur',
    types: ['treatment'],
  },
];
