/**
 * "imaging" set. Messages about scans and imaging: MRI, CT, X-ray, ultrasound and echo results that mention a
 * condition, whether a scan can show a condition, radiation worries, contrast dye with a medicine. Written by
 * someone who had read neither the understanding or retrieval code nor any earlier set, following the labeling
 * guide (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 1.000, type F1 0.865). Scored by imaging.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --imaging --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const IMAGING_MESSAGES: ConsumerMessage[] = [
  // why: "can a ct scan see it" asks whether a scan can detect it, a test question
  {
    message: 'can a ct scan see endometriosis',
    focus: 'endometriosis',
    types: ['diagnosis'],
  },
  // why: "what is it" asks an overview and "will she need surgery" asks treatment
  {
    subject: 'Chiari malformation on my MRI??',
    message:
      'Hi, I had an MRI of my head last week because of headaches at the back of my skull that come on when I cough or laugh. The report says "cerebellar tonsils extend 7 mm below the foramen magnum, consistent with Chiari malformation type 1". My GP is not sure what it means and the neurosurgery appointment is 4 months away. What exactly is a Chiari malformation, and does it always need surgery?',
    focus: 'Chiari malformation',
    types: ['information', 'treatment'],
  },
  // why: asks when to restart the medicine after the contrast scan, which is how to take it
  {
    subject: 'metformin and contrast',
    message:
      'I had a CT with contrast dye this morning and the nurse said not to take my metformin for 48 hours. When exactly can I start it again, and do I need a blood test first or just restart?',
    focus: 'metformin',
    types: ['drug_usage'],
  },
  // why: "is it causing my headaches" asks whether a sign belongs to it, "will it grow" asks the course, "another scan" asks testing
  {
    message:
      'I had an MRI for my migraines and they found an 8mm pineal cyst. Nobody explained anything, just "incidental finding". Is the pineal cyst what is causing my headaches? Will it grow over time? and do I need another MRI to check on it?',
    focus: 'pineal cyst',
    types: ['symptoms', 'prognosis', 'diagnosis'],
  },
  // why: asks how often the screening MRI should be done, a screening/test question; the radiation is story
  {
    subject: 'Whole body MRI',
    message:
      'I was diagnosed with Li-Fraumeni syndrome last year (TP53). My oncologist said I must avoid CT scans and x-rays as much as possible because of the radiation and that I should have a whole-body MRI instead. How often is the whole-body MRI supposed to be done for adults with Li-Fraumeni?',
    focus: 'Li-Fraumeni syndrome',
    types: ['diagnosis'],
  },
  // why: "is it inherited" asks inheritance and "can they confirm it before birth" asks diagnosis
  {
    message:
      "At our 20 week scan the sonographer went quiet, then the doctor said the baby's kidneys are large and very bright and it might be polycystic kidney disease. My husband's father was on dialysis but we never knew why. Is polycystic kidney disease inherited? Can they confirm it before the baby is born or do we have to wait?",
    focus: 'polycystic kidney disease',
    types: ['inheritance', 'diagnosis'],
  },
  // why: "what does that mean" asks what the condition is
  {
    message: 'echo report says bicuspid aortic valve, mild regurgitation. what does that mean',
    focus: 'bicuspid aortic valve',
    types: ['information'],
  },
  // why: soccer asks daily life, whether his sister should be screened asks testing of a relative, medicine or surgery asks treatment
  {
    subject: 'son 15 collapsed at football',
    message:
      'Our 15 year old son fainted during a football match two weeks ago. The echo showed hypertrophic cardiomyopathy with a septum of 22 mm. We are in shock. Can he ever play football again? Should his younger sister be screened with an echo too? And is there a medicine or an operation for hypertrophic cardiomyopathy, or is it just watching?',
    focus: 'hypertrophic cardiomyopathy',
    types: ['lifestyle', 'diagnosis', 'treatment'],
  },
  // why: asks whether the medicine causes the brain infection that the MRIs check for, a side effect
  {
    message:
      'ive been on natalizumab for my MS for 2 years and now they want a brain MRI every 3 months "to look for PML". does natalizumab really cause a brain infection?? nobody told me that when i started',
    focus: 'natalizumab',
    types: ['side_effects'],
  },
  // why: the baby's outlook, whether he will walk, is prognosis
  {
    subject: 'head ultrasound results',
    message:
      'Our son was born at 27 weeks and is still in NICU. His head ultrasound this week showed periventricular leukomalacia on both sides. The neonatologist was very careful with words. Will he be able to walk?',
    focus: 'periventricular leukomalacia',
    types: ['prognosis'],
  },
  // why: "what causes it" asks cause and "what will development be like" asks outlook
  {
    message:
      "At the 21 week anatomy scan they could not see the cavum septi pellucidi, and the fetal MRI last week confirmed complete agenesis of the corpus callosum, with nothing else found so far. What causes agenesis of the corpus callosum? And what will our baby's development be like, will she go to a normal school?",
    focus: 'agenesis of the corpus callosum',
    types: ['cause', 'prognosis'],
  },
  // why: asks who treats it, a specialist question
  {
    message:
      'lumbar MRI found several tarlov cysts, biggest 2.1 cm at S2. i have burning pain in my buttock and leg. the neurosurgeon said they dont cause symptoms and dont treat them. who does treat tarlov cysts? is there any doctor who knows about them',
    focus: 'tarlov cysts',
    types: ['find_specialist'],
  },
  // why: "turn into cancer" asks complications and "does it run in families" asks inheritance
  {
    subject: 'Ollier disease - x-ray results',
    message:
      'The hand x-rays of my 7 year old daughter show many enchondromas in her fingers and the orthopaedic doctor says it is Ollier disease. Can these turn into cancer later? And does Ollier disease run in families, should we worry about her little brother?',
    focus: 'Ollier disease',
    types: ['complications', 'inheritance'],
  },
  // why: "could it turn into bone cancer" asks complications, "what is it" asks overview, "treatment" asks treatment, "bone scan" asks testing
  {
    message:
      "My mum (72) had an x-ray of her hip because of pain when walking. The report says: \"thickened cortex and coarse trabeculae in the right hemipelvis, appearances consistent with Paget's disease of bone\". What is Paget's disease of bone? I read online it can turn into bone cancer, is that right? Is there treatment for it at her age? And the GP mentioned a bone scan, what will that show that the x-ray doesn't?",
    focus: "Paget's disease of bone",
    types: ['information', 'complications', 'treatment', 'diagnosis'],
  },
  // why: the operation asks treatment and her future asks the outlook
  {
    message:
      'My daughter is 6. After two episodes of weakness in her arm, the MRI and angiogram showed moyamoya disease on both sides. Is the bypass surgery the only treatment? What is her long term outlook, will she have a stroke?',
    focus: 'moyamoya disease',
    types: ['treatment', 'prognosis'],
  },
  // why: "can it bleed" asks a problem it can lead to
  {
    message:
      'They found a cerebral cavernous malformation, about 1cm, in my left frontal lobe on an MRI I had after a car accident. I have no symptoms. Can it bleed?',
    focus: 'cerebral cavernous malformation',
    types: ['complications'],
  },
  // why: how confirmed asks diagnosis, whether the heart tumors go away asks the course, chances for the next baby asks inheritance
  {
    subject: 'fetal echo - tuberous sclerosis?',
    message:
      "Our fetal echo at 28 weeks showed three rhabdomyomas in the baby's heart. The cardiologist says this very often means tuberous sclerosis. How do they confirm tuberous sclerosis, before or after birth? Will the tumours in the heart go away by themselves? And if she has it, what are the chances our next baby has it too?",
    focus: 'tuberous sclerosis',
    types: ['diagnosis', 'prognosis', 'inheritance'],
  },
  // why: timing of the doses asks how to take it, and keeping him awake asks a side effect
  {
    message:
      'I reacted to CT dye last year (hives all over) so for my next CT they prescribed prednisone 50 mg at 13 hours, 7 hours and 1 hour before, plus Benadryl. My scan is at 9 in the morning, so do I really have to get up at 2am for the second dose of prednisone? Also will the prednisone keep me awake all night?',
    focus: 'prednisone',
    types: ['drug_usage', 'side_effects'],
  },
  // why: how long before the scan asks timing of the dose and wine asks alcohol with the medicine
  {
    subject: 'lorazepam before MRI',
    message:
      'My doctor gave me 1 mg lorazepam because I am very claustrophobic and I need a 45 minute MRI. How long before the scan should I take it? And can I have a glass of wine with dinner that evening after?',
    focus: 'lorazepam',
    types: ['drug_usage', 'interactions'],
  },
  // why: asks whether to stop the medicine before the procedure, which is how to take it
  {
    message: 'do i need to stop my eliquis before a ct guided lung biopsy?',
    focus: 'eliquis',
    types: ['drug_usage'],
  },
  // why: iodine contrast with the medicine asks interactions and skipping a dose while fasting asks how to take it
  {
    message:
      'I take Synthroid 100 mcg every morning. Next week I have a CT with iodine contrast. Will the iodine in the dye mess with my Synthroid? And since I have to fast 4 hours before the scan, should I skip my dose that morning or take it as usual with water?',
    focus: 'Synthroid',
    types: ['interactions', 'drug_usage'],
  },
  // why: "could the steroids have caused this" asks a named exposure as its cause
  {
    subject: 'avascular necrosis both hips',
    message:
      'I am 41 and my MRI shows avascular necrosis in both hips, worse on the left. I was on high dose steroids for almost a year for my lupus two years ago. Could the steroids have caused the avascular necrosis?',
    focus: 'avascular necrosis',
    types: ['association'],
  },
  // why: biopsy asks how it is confirmed, cause asks cause, going away asks the course, contagious asks susceptibility
  {
    message:
      'My chest CT (done for a cough that won\'t go away) showed enlarged lymph nodes in both hila and small nodules, and the radiologist wrote "suggestive of sarcoidosis". Does that mean I definitely have sarcoidosis or do I need a biopsy to be sure? What causes it? Does it go away on its own? My wife also wants to know if it is contagious, we have a baby at home. I am 34 and quite scared.',
    focus: 'sarcoidosis',
    types: ['diagnosis', 'cause', 'prognosis', 'susceptibility'],
  },
  // why: asks about clinical trials
  {
    message:
      'high res CT showed UIP pattern and the lung doctor says idiopathic pulmonary fibrosis. are there any clinical trials i could join',
    focus: 'idiopathic pulmonary fibrosis',
    types: ['research'],
  },
  // why: flying asks daily life and the specialist clinic asks find_specialist
  {
    message:
      'I am a 38 year old woman. I had a collapsed lung in March and the CT showed lots of thin-walled cysts in both lungs, they now think it is lymphangioleiomyomatosis. We have a family trip booked to Spain in summer. Is it safe for me to fly? And is there a specialist clinic for lymphangioleiomyomatosis, my hospital has never seen a case',
    focus: 'lymphangioleiomyomatosis',
    types: ['lifestyle', 'find_specialist'],
  },
  // why: another way to check the curve asks testing; whether the brace works asks treatment
  {
    subject: 'too many xrays?',
    message:
      'my daughter is 12 with scoliosis (32 degrees) and has full spine xrays every 4 months. i am worried about all that radiation at her age. is there another way to check the curve without xrays? also does the brace actually work or is it just to make us feel better',
    focus: 'scoliosis',
    types: ['diagnosis', 'treatment'],
  },
  // why: "does it cause back pain" asks whether a sign belongs to it
  {
    message:
      'does spina bifida occulta cause back pain? x-ray found it at S1 and ive had lower back pain for years',
    focus: 'spina bifida occulta',
    types: ['symptoms'],
  },
  // why: trampoline and sports ask daily life; whether the hip grows back normal asks the outcome
  {
    message:
      'My son (6) started limping and the hip x-ray shows the ball of the femur is flattened and fragmented, they said Legg-Calve-Perthes disease. He lives on the trampoline. Can he still jump and play football? Will his hip grow back normal?',
    focus: 'Legg-Calve-Perthes disease',
    types: ['lifestyle', 'prognosis'],
  },
  // why: rugby asks daily life, the operation asks treatment
  {
    message:
      'After my son hit his head at school they did a CT which was fine except for an arachnoid cyst, 4 cm, left temporal. The doctor said he was probably born with it. He is 14 and plays rugby 3 times a week. Is it ok for him to keep playing rugby with an arachnoid cyst? Will it need an operation at some point?',
    focus: 'arachnoid cyst',
    types: ['lifestyle', 'treatment'],
  },
  // why: "could it be Marfan" and the confirming test ask diagnosis, "passed down" asks inheritance, medicine to slow it asks treatment
  {
    subject: 'aortic root 4.3 cm at age 24',
    message:
      'I\'m 24, 6\'5", long arms and fingers, and I had an echo after a sports physical. My aortic root is 4.3 cm and the cardiologist said "we should think about Marfan syndrome". Could it really be Marfan? What test confirms it, genetic test or eye exam? Is it passed down, my dad died suddenly at 45? And is there a medication that stops the aorta getting bigger?',
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'inheritance', 'treatment'],
  },
  // why: "could I have it" asks diagnosis and "is it inherited" asks inheritance
  {
    message:
      'my brain MRI shows "a few nonspecific white matter hyperintensities, demyelination such as MS cannot be excluded". I have had tingling and numbness in my hands on and off for a year. Could I have multiple sclerosis? And is MS inherited, because my aunt has it',
    focus: 'MS',
    types: ['diagnosis', 'inheritance'],
  },
  // why: asks a frequency question about the condition named on the scan
  {
    message:
      'MRCP showed saccular dilatation of the bile ducts in my liver, the doctor thinks Caroli disease. How rare is Caroli disease?',
    focus: 'Caroli disease',
    types: ['frequency'],
  },
  // why: asks why the medicine needs an eye scan, that is about a side effect (macular edema)
  {
    message:
      'Starting Gilenya next month for relapsing MS. The neuro wants an eye scan (OCT) 3 to 4 months after I start. Why does Gilenya need an eye scan, what can it do to the eyes?',
    focus: 'Gilenya',
    types: ['side_effects'],
  },
  // why: "does it need removing" asks treatment, "could it burst in pregnancy" asks a problem it can lead to
  {
    subject: 'liver hemangioma',
    message:
      'ultrasound found a 2 cm liver hemangioma. does it need to be removed? we are trying for a baby and I read it can grow and burst during pregnancy, is that true?',
    focus: 'liver hemangioma',
    types: ['treatment', 'complications'],
  },
  // why: asks whether the medicine reacts with the contrast dye, an interaction
  {
    message: 'Does warfarin interact with the contrast dye they use for a CT angiogram?',
    focus: 'warfarin',
    types: ['interactions'],
  },
  // why: when kids start screening asks testing of relatives, centres asks specialists, research on a drug asks research
  {
    message:
      'I have von Hippel-Lindau disease (diagnosed after a kidney tumour at 29). I get MRI brain, MRI spine and abdominal MRI every year, which means 3 days off work and lots of contrast. My children are 8 and 10. At what age should they start the scans, or should they have the gene test first? Are there VHL centres that can do all the scans in one day? And is there research on a drug that can shrink the tumours instead of surgery every few years?',
    focus: 'von Hippel-Lindau disease',
    types: ['diagnosis', 'find_specialist', 'research'],
  },
  // why: "can it cause AVMs" asks complications and whether the children should be scanned asks testing relatives
  {
    subject: 'HHT screening',
    message:
      'I was just diagnosed with HHT after years of nosebleeds. They want me to have a bubble echo and a brain MRI. Can HHT cause AVMs in the lungs and brain even when I feel fine? Should my two kids be scanned too?',
    focus: 'HHT',
    types: ['complications', 'diagnosis'],
  },
  // why: whether her signs could be FOP asks diagnosis, which gene asks genetic_changes, treatment asks treatment
  {
    message:
      'our 3 year old was born with short big toes that bend inwards and now has hard lumps on her back and neck that come and go. x-rays of her feet show a malformed first metatarsal and the lumps look like bone on the CT. Could this be FOP? The surgeon wants to biopsy a lump but a mum in a facebook group said a gene test is enough, which gene is it? and is there any treatment for fop?? please help',
    focus: 'FOP',
    types: ['diagnosis', 'genetic_changes', 'treatment'],
  },
  // why: shunt asks treatment, difference from Alzheimer's asks what each is, no treatment asks complications
  {
    subject: 'Dad - enlarged ventricles on CT',
    message:
      "My dad is 78. Over the last year he started shuffling and falling, he is forgetful, and he cannot always make it to the toilet. The CT scan shows enlarged ventricles and the neurologist suspects normal pressure hydrocephalus and wants a lumbar drain test. Will a shunt fix it? Is normal pressure hydrocephalus different from Alzheimer's, mum is convinced it is Alzheimer's? What happens if we decide not to treat it, he is frail.",
    focus: 'normal pressure hydrocephalus',
    types: ['treatment', 'information', 'complications'],
  },
  // why: what it is asks information, walking and talking asks outlook, support group asks find_specialist
  {
    message:
      'Our daughter (14 months) had an MRI because she is floppy and has jerky breathing. They saw a "molar tooth sign" and said Joubert syndrome. what is joubert syndrome?? will she ever walk and talk? is there a support group for parents',
    focus: 'Joubert syndrome',
    types: ['information', 'prognosis', 'find_specialist'],
  },
];
