/**
 * "checkups" set. Messages about check-ups and monitoring: which tests and how often for a condition or a
 * medicine, yearly scans, blood tests on a medicine, eye and heart checks, who should do the follow-up. Written
 * by someone who had read neither the understanding or retrieval code nor any earlier set, following the labeling
 * guide (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 1.000, type F1 0.647). Scored by checkups.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --checkups --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const CHECKUPS_MESSAGES: ConsumerMessage[] = [
  // why: "how often does he need an echo" asks about a monitoring test, which is diagnosis
  {
    subject: 'marfan check ups',
    message:
      'my 14 yr old was diagnosed with marfan syndrome last spring. how often does he need an echo of his aorta?',
    focus: 'marfan syndrome',
    types: ['diagnosis'],
  },
  // why: which checkups adults need is diagnosis; which doctor should do them is find_specialist; whether estrogen must go on forever is treatment
  {
    message:
      "I'm 32 and have Turner syndrome. I was followed closely at the children's hospital but since I turned 18 nobody really checks anything except my GP doing blood pressure. What checkups should an adult with Turner syndrome actually be having (heart, kidneys, hearing, thyroid?) and which kind of doctor is supposed to organize them? Also, do I have to keep taking estrogen for the rest of my life?",
    focus: 'Turner syndrome',
    types: ['diagnosis', 'find_specialist', 'treatment'],
  },
  // why: "how often do I need blood tests while on methotrexate" is about the routine of taking the medicine, drug_usage
  {
    message: 'How often do I need blood tests while on methotrexate?',
    focus: 'methotrexate',
    types: ['drug_usage'],
  },
  // why: how often the eye exam is needed on the medicine is drug_usage; whether it damages the retina and whether vision returns is side_effects
  {
    subject: 'Plaquenil and my eyes',
    message:
      "I've been on Plaquenil for lupus for 6 years. My rheumatologist says I need an eye exam every year but my optometrist says every 2 years is plenty. Which one is right? And can it really damage the retina, and if it does would my sight come back once I stop it?",
    focus: 'Plaquenil',
    types: ['drug_usage', 'side_effects'],
  },
  // why: what blood level the medicine should run at is about dosing, drug_usage
  {
    message: 'what should my lithium level be?? mine came back 1.1 and nobody called me back',
    focus: 'lithium',
    types: ['drug_usage'],
  },
  // why: which scans and when kids start screening is diagnosis; the chance the kids have it is inheritance
  {
    message:
      'My husband was just diagnosed with VHL after a kidney tumor was found. What scans does he need every year, and at what age should our kids start being screened? What is the chance our two children have it?',
    focus: 'VHL',
    types: ['diagnosis', 'inheritance'],
  },
  // why: whether she needs a yearly MRI or only eye checks asks about monitoring tests, diagnosis
  {
    message:
      'Does my daughter with NF1 need a yearly MRI of her brain or just the eye checks at the eye doctor',
    focus: 'NF1',
    types: ['diagnosis'],
  },
  // why: how often the kidneys are scanned is diagnosis; whether the kidney tumors can bleed is complications; whether everolimus would shrink them is treatment
  {
    message:
      "Our son is 6 and has tuberous sclerosis. His seizures are finally under control, thank God, but at his last ultrasound they saw a few small angiomyolipomas in both kidneys. The neurologist said to 'keep an eye on them' but didn't say how. How often should his kidneys be scanned, and should it be ultrasound or MRI? Can these kidney tumors bleed? We also read that everolimus can shrink them, is that something he could take?",
    focus: 'tuberous sclerosis',
    types: ['diagnosis', 'complications', 'treatment'],
  },
  // why: which yearly blood and urine tests is diagnosis; avoiding shellfish and chocolate is diet, lifestyle
  {
    message:
      'what blood and urine tests should be done every year with wilsons disease? and do i really have to avoid shellfish and chocolate forever',
    focus: 'wilsons disease',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: how often ferritin should be tested is a monitoring test, diagnosis
  {
    message: 'haemochromatosis - once ferritin is back to normal how often should it be checked',
    focus: 'haemochromatosis',
    types: ['diagnosis'],
  },
  // why: which yearly heart and kidney tests is diagnosis; whether women get enzyme replacement is treatment
  {
    subject: 'Fabry disease follow-up',
    message:
      'Hello, which heart and kidney tests should be done each year in Fabry disease? My brother gets echo, MRI and urine protein but I am a woman with the same mutation and I only get a blood test. Also, do women get the enzyme replacement therapy too or is it only for men?',
    focus: 'Fabry disease',
    types: ['diagnosis', 'treatment'],
  },
  // why: how often his thyroid should be tested is a monitoring test, diagnosis
  {
    message: 'My son has Down syndrome, he just turned 3. How often should his thyroid be tested?',
    focus: 'Down syndrome',
    types: ['diagnosis'],
  },
  // why: which heart checks and how often is diagnosis; whether high calcium can hurt her kidneys is complications; who coordinates care is find_specialist
  {
    message:
      'Our daughter is 4 and has Williams syndrome. What heart checks does she need and how often? Her calcium was high once at 2 years old, can high calcium hurt her kidneys? And who is supposed to coordinate all of this, the pediatrician or the genetics clinic? We feel like nobody is in charge.',
    focus: 'Williams syndrome',
    types: ['diagnosis', 'complications', 'find_specialist'],
  },
  // why: whether the yearly doppler scan is needed is diagnosis; whether a high result means a stroke is complications
  {
    message:
      'Is the yearly brain doppler scan really needed for kids with sickle cell? My son hates it. If it comes back high does that mean he is going to have a stroke',
    focus: 'sickle cell',
    types: ['diagnosis', 'complications'],
  },
  // why: how often a colonoscopy is needed asks about screening, diagnosis (the gene is story, not a question)
  {
    message: 'Just found out I have Lynch syndrome (MSH2). How often do I need a colonoscopy?',
    focus: 'Lynch syndrome',
    types: ['diagnosis'],
  },
  // why: when colonoscopies start and the gene test are diagnosis; the chance they got it is inheritance; needing the colon removed is treatment
  {
    subject: 'FAP and my teenagers',
    message:
      'My ex-husband has familial adenomatous polyposis, he had his colon taken out at 30. Our kids are 11 and 13. When should they start having colonoscopies, and is there a gene test they can have first? What are the chances they got it from him? And if they have it, will they need surgery too?',
    focus: 'familial adenomatous polyposis',
    types: ['diagnosis', 'inheritance', 'treatment'],
  },
  // why: how long the weekly blood tests on the medicine go on is part of the routine of taking it, drug_usage
  {
    subject: 'blood tests',
    message: "how long do I have to keep doing weekly blood tests on clozapine? it's been 5 months now",
    focus: 'clozapine',
    types: ['drug_usage'],
  },
  // why: which checks are needed on the medicine is drug_usage; whether the low TSH comes from the medicine is side_effects
  {
    message:
      'My dad (78) takes amiodarone for his heart rhythm. Which checks should he be having, thyroid, lungs, eyes? His TSH came back low last month, could that be from the amiodarone?',
    focus: 'amiodarone',
    types: ['drug_usage', 'side_effects'],
  },
  // why: how often INR checks are needed is drug_usage; whether cranberry juice affects it is interactions
  {
    message: 'how often do you need INR checks on warfarin and does cranberry juice mess it up',
    focus: 'warfarin',
    types: ['drug_usage', 'interactions'],
  },
  // why: whether an MRI for kidney volume and a brain scan are needed is diagnosis; whether the drug that slows cysts is an option is treatment
  {
    message:
      "I have ADPKD like my mom. My nephrologist only checks my creatinine and blood pressure every 6 months. Shouldn't I have an MRI to measure kidney volume? Would a brain scan for aneurysms make sense since my mom had one? Am I a candidate for the medication that slows the cysts down?",
    focus: 'ADPKD',
    types: ['diagnosis', 'treatment'],
  },
  // why: which heart and lung tests is diagnosis; whether it affects the heart without symptoms is complications; a neuromuscular clinic is find_specialist; heart trials is research
  {
    subject: 'Duchenne - what tests??',
    message:
      "my son is 9 with duchenne muscular dystrophy and on deflazacort. he's only ever had an ECG, no echo or heart MRI. what heart tests should he be getting and when do the lung function tests start? can Duchenne affect his heart even though he has no symptoms? is there a proper neuromuscular clinic in the north west that does all of this in one day, we are driving all over. and are there any trials for heart medicines in boys his age",
    focus: 'duchenne muscular dystrophy',
    types: ['diagnosis', 'complications', 'find_specialist', 'research'],
  },
  // why: who should do the yearly follow-up asks which doctor, find_specialist
  {
    message:
      'Who should be doing my yearly follow-up for myotonic dystrophy, a neurologist or a cardiologist? My GP admits he has never had a patient with it.',
    focus: 'myotonic dystrophy',
    types: ['find_specialist'],
  },
  // why: how often echo is done is diagnosis; whether the new drug is worth trying is treatment
  {
    message:
      'heart checks in friedreich ataxia - how often should she have an echo? she is 15. also is the new drug omaveloxolone worth trying',
    focus: 'friedreich ataxia',
    types: ['diagnosis', 'treatment'],
  },
  // why: how often Phe levels are checked is a monitoring test, diagnosis
  {
    message:
      'How often should an adult with PKU get their Phe levels checked? I stopped going to clinic at 19.',
    focus: 'PKU',
    types: ['diagnosis'],
  },
  // why: what is checked at follow-up visits is diagnosis; a pill instead of infusions is treatment
  {
    message:
      'I have Gaucher disease type 1 and have been on enzyme infusions for 10 years. What should be checked at my follow-up visits - spleen size, bones, blood counts? Is there a pill I could take instead of the infusions every 2 weeks?',
    focus: 'Gaucher disease type 1',
    types: ['diagnosis', 'treatment'],
  },
  // why: whether to be screened for lung AVMs asks about screening, diagnosis
  {
    message: 'HHT. should I be screened for lung AVMs even if I have no symptoms? only nosebleeds',
    focus: 'HHT',
    types: ['diagnosis'],
  },
  // why: whether monthly blood tests are needed on the medicine is drug_usage; raised cholesterol is side_effects; the pregnancy tests are a pregnancy precaution, contraindications
  {
    subject: 'Accutane blood tests',
    message:
      'My 17 year old daughter just started Accutane. The dermatologist wants blood tests every month for liver and cholesterol. Is that really necessary every single month? Can it raise her cholesterol permanently? She also has to do a pregnancy test every month even though she is not sexually active, why is that?',
    focus: 'Accutane',
    types: ['drug_usage', 'side_effects', 'contraindications'],
  },
  // why: how often levels and liver tests are needed on the medicine is drug_usage; weight gain from it is side_effects
  {
    message:
      'depakote levels + liver tests, how often? my son is 7. and can it cause weight gain, hes gained alot',
    focus: 'depakote',
    types: ['drug_usage', 'side_effects'],
  },
  // why: whether a blood count check is needed on the medicine is drug_usage
  {
    message: 'Do I need a blood count check on tegretol',
    focus: 'tegretol',
    types: ['drug_usage'],
  },
  // why: whether a yearly uterus check is needed on the medicine is drug_usage; whether it causes uterine cancer is side_effects
  {
    message:
      "I'm on tamoxifen after breast cancer. Do I need a yearly gynecology check or an ultrasound of my uterus? A friend told me it can cause uterine cancer, is that true?",
    focus: 'tamoxifen',
    types: ['drug_usage', 'side_effects'],
  },
  // why: whether eye tests are needed on the medicine is drug_usage
  {
    message: 'do i need eye tests when taking ethambutol for TB',
    focus: 'ethambutol',
    types: ['drug_usage'],
  },
  // why: how and how often vision is tested on the medicine is drug_usage; whether vision loss goes away is side_effects; other medicines for the spasms is treatment
  {
    subject: 'Sabril and vision tests',
    message:
      'Our baby is 8 months old and on Sabril for infantile spasms. It is working, the spasms stopped. But we were told it can damage the vision. How do they even test the field of vision in a baby, and how often should it be done? If they find vision loss, will it go away after she stops it? Are there other medicines that work as well for infantile spasms?',
    focus: 'Sabril',
    types: ['drug_usage', 'side_effects', 'treatment'],
  },
  // why: how often a heart iron MRI is done is diagnosis; the kidney blood tests on Exjade are drug_usage
  {
    message:
      'My daughter has beta thalassemia major and gets transfused every 3 weeks. How often should she have the MRI for iron in the heart? And how often are the kidney blood tests needed because of the Exjade?',
    focus: 'beta thalassemia',
    types: ['diagnosis', 'drug_usage'],
  },
  // why: whether a yearly whole body MRI is recommended asks about screening, diagnosis
  {
    message:
      'Is a yearly whole body MRI recommended for Li-Fraumeni syndrome, or is that only done in research?',
    focus: 'Li-Fraumeni syndrome',
    types: ['diagnosis'],
  },
  // why: what tests for pheochromocytoma and when is diagnosis; who follows her now is find_specialist
  {
    subject: 'MEN2A after thyroid surgery',
    message:
      'My daughter has MEN2A and had her thyroid removed at 5. She is 10 now. What tests does she need for pheochromocytoma and at what age do they start? And who should follow her now, an endocrinologist or the surgeon?',
    focus: 'MEN2A',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: how long echocardiograms continue is a monitoring test, diagnosis
  {
    message:
      'Our son had Kawasaki disease 2 years ago and had a small aneurysm that has since gone. How long does he need to keep having echocardiograms?',
    focus: 'Kawasaki disease',
    types: ['diagnosis'],
  },
  // why: which blood tests and a bone scan is diagnosis; testosterone thickening the blood is side_effects; endocrinologist or GP is find_specialist
  {
    message:
      '25M with Klinefelter syndrome, on testosterone gel since 17. What blood tests should I be having and how often? Do I need a bone density scan? Can the testosterone make my blood too thick? Should I be seeing an endocrinologist for this or is my GP ok',
    focus: 'Klinefelter syndrome',
    types: ['diagnosis', 'side_effects', 'find_specialist'],
  },
  // why: which liver checks is diagnosis; quitting welding is work, lifestyle; whether the kids are at risk of having it is inheritance
  {
    message:
      'I have alpha-1 antitrypsin deficiency (ZZ). I get lung function tests every year, but what liver checks should I be having besides that? Should I quit my job as a welder? And are my kids at risk of having it?',
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['diagnosis', 'lifestyle', 'inheritance'],
  },
  // why: how often a fibroscan is done is diagnosis; whether the ursodiol is failing and other drugs exist is treatment; needing a transplant eventually is the outlook, prognosis
  {
    subject: 'PBC monitoring',
    message:
      "I was diagnosed with primary biliary cholangitis a year ago and take ursodiol. How often should I have a fibroscan? My ALP is still above normal, does that mean the ursodiol isn't working and are there other drugs? Will I end up needing a transplant?",
    focus: 'primary biliary cholangitis',
    types: ['diagnosis', 'treatment', 'prognosis'],
  },
  // why: how often the antibody test is repeated and a dexa scan are diagnosis; whether oats are ok is diet, lifestyle
  {
    message:
      'after a celiac diagnosis how often should the antibody blood test be repeated? should my bones be checked with a dexa scan too. also are oats ok or not',
    focus: 'celiac',
    types: ['diagnosis', 'lifestyle'],
  },
];
