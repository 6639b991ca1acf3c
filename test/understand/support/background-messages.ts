/**
 * An eighth set, about background. People list what else they have and take before they ask ("I have
 * diabetes and high blood pressure and take lisinopril. What can I do about my gout?"), and only one of the
 * things they name is asked about. A few messages do ask how two of them relate, so that both sides are
 * held. Written after the final set and scored once before anything was changed against it (see
 * BENCHMARKS.md for that first score). None is taken or paraphrased from MedQuAD, LiveQA or the classifier's
 * training list. Scored by background.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --background --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const BACKGROUND_MESSAGES: ConsumerMessage[] = [
  {
    // two conditions and a drug in the story; the question is how to treat the one named last
    message:
      'I am 62 and have type 2 diabetes and high blood pressure, I take lisinopril and metformin. Now my doctor says I have gout. What is the best way to treat gout for someone like me?',
    focus: 'gout',
    types: ['treatment'],
  },
  {
    // a medicine list, then a question about one medicine's dose
    message:
      'My mother takes warfarin, digoxin and furosemide for her heart. How much furosemide is she supposed to take in a day? The label is worn off.',
    focus: 'furosemide',
    types: ['drug_usage'],
  },
  {
    // two conditions named, but the question is what one of them is
    subject: 'new diagnosis',
    message:
      'My son has asthma and eczema and now the allergist says he also has eosinophilic esophagitis. What is that exactly?',
    focus: 'eosinophilic esophagitis',
    types: ['information'],
  },
  {
    // does one condition lead to the other: "turn into" is a complication (labeling guide)
    message:
      'I have had psoriasis since my twenties and now my fingers are swollen and stiff. Can psoriasis turn into arthritis?',
    focus: 'psoriasis',
    types: ['complications'],
  },
  {
    // side effects of one of several drugs
    message:
      'I was put on prednisone for my COPD flare along with an inhaler and antibiotics. What side effects should I watch for with the prednisone?',
    focus: 'prednisone',
    types: ['side_effects'],
  },
  {
    // two drugs together: an interaction question
    message:
      'I take sertraline for depression. My doctor wants to add tramadol for my back pain. Is it safe to take them together?',
    focus: 'tramadol',
    types: ['interactions'],
  },
  {
    // background of a rare disease; the question is about having children
    message:
      'My wife and I both carry a gene for cystic fibrosis, our first daughter has it. If we have another baby what are the chances it will have cystic fibrosis too?',
    focus: 'cystic fibrosis',
    types: ['inheritance'],
  },
  {
    // history of conditions; asks how a new one is diagnosed
    message:
      'I have lupus and Raynaud and lately I get short of breath climbing stairs. My rheumatologist wants to test me for pulmonary hypertension. How do they test for it?',
    focus: 'pulmonary hypertension',
    types: ['diagnosis'],
  },
  {
    // a complication of a condition the person already has
    message:
      'My dad has had diabetes for 30 years and doesnt take care of his feet. What problems can diabetes cause in the feet?',
    focus: 'diabetes',
    types: ['complications'],
  },
  {
    // outlook asked, with other diseases listed
    message:
      'My aunt is 80, has heart failure and kidney disease and was just diagnosed with multiple myeloma. How long do people usually live with myeloma at her age?',
    focus: 'multiple myeloma',
    types: ['prognosis'],
  },
  {
    // a drug's purpose, asked by someone with several conditions
    message:
      'After my hospital stay for pneumonia they sent me home with a new pill called pantoprazole. I do not have stomach problems so what is pantoprazole for?',
    focus: 'pantoprazole',
    types: ['indication'],
  },
  {
    // can a drug be taken with a condition: contraindication
    message:
      'I have glaucoma and a bad cold. Can I take a decongestant like pseudoephedrine or is that dangerous with glaucoma?',
    focus: 'pseudoephedrine',
    types: ['contraindications'],
  },
  {
    // who is at risk, the person lists family history
    message:
      'My grandmother and my mother both had osteoporosis and broke their hips. Am I at higher risk of osteoporosis and what can I do to avoid it?',
    focus: 'osteoporosis',
    types: ['susceptibility', 'prevention'],
  },
  {
    // a relation asked between a medicine-free condition and another
    message:
      'I have sleep apnea and my blood pressure is always high even with medicine. Is there a connection between sleep apnea and high blood pressure?',
    focus: 'sleep apnea',
    types: ['association'],
  },
  {
    // symptoms of a new condition, background of another
    message:
      'I am being treated for hypothyroidism. My sister says I might also have celiac disease because it runs with thyroid problems. What are the symptoms of celiac disease in adults?',
    focus: 'celiac disease',
    types: ['symptoms'],
  },
  {
    // food with a condition: lifestyle
    message:
      'My husband has kidney stones and high cholesterol. What foods should he stay away from so he does not get more kidney stones?',
    focus: 'kidney stones',
    types: ['prevention'],
  },
  {
    // a medicine's ingredients, allergy background
    message: 'I am allergic to sulfa drugs and penicillin. Does Bactrim have sulfa in it?',
    focus: 'Bactrim',
    types: ['ingredients'],
  },
  {
    // storage of a drug, after a trip
    message:
      'We are going camping for a week. My son is type 1 diabetic and takes insulin. How do we keep his insulin from going bad without a fridge?',
    focus: 'insulin',
    types: ['storage_disposal'],
  },
  {
    // a rare disease, specialists asked, other conditions in the story
    message:
      'Our daughter has epilepsy and developmental delay and genetic testing found Dravet syndrome. Are there doctors or centers that specialize in Dravet syndrome?',
    focus: 'Dravet syndrome',
    types: ['find_specialist'],
  },
  {
    // the cause of one condition, several named
    message:
      'I had chemo for breast cancer two years ago and now I have numbness and tingling in my feet. The doctor called it peripheral neuropathy. What causes peripheral neuropathy?',
    focus: 'peripheral neuropathy',
    types: ['cause'],
  },
  {
    // research on a rare disease, other treatments named
    message:
      'My brother has ALS. He is on riluzole but getting worse. Are there any clinical trials he could join?',
    focus: 'ALS',
    types: ['research'],
  },
  {
    // how common a condition is, background of others
    message: 'Our baby was born with a cleft lip and a heart defect. How common is cleft lip?',
    focus: 'cleft lip',
    types: ['frequency'],
  },
  {
    // genetic change, with family history
    message:
      'My cousin and my uncle have hereditary hemochromatosis. Which gene is involved in hemochromatosis?',
    focus: 'hemochromatosis',
    types: ['genetic_changes'],
  },
  {
    // a missed dose, several medicines
    message:
      'I take levothyroxine, atorvastatin and a baby aspirin every morning. I forgot my levothyroxine today, should I take two tomorrow?',
    focus: 'levothyroxine',
    types: ['drug_usage'],
  },
  {
    // treatment of a condition caused by another: the question is the treatment, not the relation
    message:
      'My mom has rheumatoid arthritis and the doctor says it has caused anemia. How is the anemia treated?',
    focus: 'anemia',
    types: ['treatment'],
  },
  {
    // two conditions named in one question, but each only as background to the asked one
    message:
      'Since my stroke last year I have depression and trouble swallowing. Is there anything that helps with swallowing problems after a stroke?',
    focus: 'swallowing problems',
    types: ['treatment'],
  },
  {
    // one condition causing the other: asked as a relation
    message:
      'My blood sugar has been high for years. Could diabetes be the reason I keep getting yeast infections?',
    focus: 'diabetes',
    types: ['association'],
  },
  {
    // living with a condition while having another
    message:
      'I have multiple sclerosis and I am also overweight. Is it ok to exercise with MS and what kind of exercise is safe?',
    focus: 'multiple sclerosis',
    types: ['lifestyle'],
  },
  {
    // a drug and pregnancy, several conditions in the background
    message:
      'I have epilepsy and migraines and I just found out I am pregnant. I take lamotrigine. Is lamotrigine safe for the baby?',
    focus: 'lamotrigine',
    types: ['contraindications'],
  },
  {
    // information about a condition for a relative with many others
    subject: 'information request',
    message:
      'Please send me information about macular degeneration. My father already has cataracts and glaucoma and now this.',
    focus: 'macular degeneration',
    types: ['information'],
  },
  {
    // side effect blamed on one of the medicines
    message:
      'My husband takes amlodipine and simvastatin. His ankles have been swelling up for a month. Could the amlodipine be causing that?',
    focus: 'amlodipine',
    types: ['side_effects'],
  },
  {
    // prevention of a recurrence, background of a past event
    message:
      'I had a blood clot in my leg after knee surgery and I am on Eliquis now. How can I keep from getting another DVT once I stop the medicine?',
    focus: 'DVT',
    types: ['prevention'],
  },
  {
    // prognosis of a child with a rare disease and other problems
    message:
      'Our son has spina bifida and hydrocephalus with a shunt. Will he be able to walk when he is older?',
    focus: 'spina bifida',
    types: ['prognosis'],
  },
  {
    // how it spreads from one person to another: who can catch it, and how (susceptibility; the knowledge
    // base holds no article on this condition, so its name is not recognized)
    message:
      'My daughter has a cold and now her classmate has hand foot and mouth disease. How does hand foot and mouth disease spread from one child to another?',
    focus: 'hand foot and mouth disease',
    types: ['susceptibility'],
  },
  {
    // difference between two conditions: information, what each is (labeling guide; association before it said so)
    message:
      'My doctor said I have osteopenia, my friend has osteoporosis. What is the difference between osteopenia and osteoporosis?',
    focus: 'osteopenia',
    types: ['information'],
  },
  {
    // diagnosis and treatment of one condition, with several others named
    message:
      'I have IBS and acid reflux, and now my doctor thinks I have a hiatal hernia. How would they find out for sure and how is a hiatal hernia fixed?',
    focus: 'hiatal hernia',
    types: ['diagnosis', 'treatment'],
  },
  {
    // a supplement with a drug: interactions
    message:
      'I take blood pressure pills and a water pill. Can I take potassium supplements along with them?',
    focus: 'potassium',
    types: ['interactions'],
  },
  {
    // the symptoms of a complication, background of a chronic condition
    message:
      'My dad has cirrhosis from hepatitis C. What are the warning signs of liver cancer we should watch for?',
    focus: 'liver cancer',
    types: ['symptoms'],
  },
  {
    // treatment of a rare disease, other conditions listed
    message:
      'My 12 year old has Crohns disease, arthritis in his knees and now they say pyoderma gangrenosum on his leg. How do they treat pyoderma gangrenosum?',
    focus: 'pyoderma gangrenosum',
    types: ['treatment'],
  },
  {
    // a risk question where the person names a drug they take
    message: 'I have been on birth control pills for 10 years and I smoke. Am I more likely to get a stroke?',
    focus: 'stroke',
    types: ['susceptibility'],
  },
  {
    // support for the family, several conditions named
    message:
      'My mother has Parkinsons disease and dementia and I am taking care of her alone. Are there support groups for caregivers of people with Parkinsons?',
    focus: 'Parkinsons disease',
    types: ['find_specialist'],
  },
  {
    // what is it, for a test result, several conditions
    message:
      'My blood test showed high ferritin. I also have fatty liver and type 2 diabetes. What does a high ferritin level mean?',
    focus: 'ferritin',
    types: ['information'],
  },
];
