/**
 * "donation" set. Messages about donating and research: brain, tissue, blood or organ donation, biobanks and
 * registries, sharing medical data, being a donor with a condition, with other questions about the condition.
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following
 * the labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge
 * base holds. Scored once, before any change made for it (focus 1.000, type F1 0.716). Scored by
 * donation.test.ts and by `npx tsx test/understand/support/score-messages.ts --donation --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const DONATION_MESSAGES: ConsumerMessage[] = [
  // why: the only question is whether someone with the condition may give blood; no type covers donor eligibility, so other
  {
    message: 'can you donate blood if you have hemochromatosis',
    focus: 'hemochromatosis',
    types: ['other'],
  },
  // why: arranging a brain donation to research is a question about research
  {
    message:
      'My dad has ALS and has decided he wants to donate his brain to research after he passes. How do we go about setting that up?',
    focus: 'amyotrophic lateral sclerosis',
    types: ['research'],
  },
  // why: condition named only in the subject; asks whether he may give blood (donor eligibility), which is other
  {
    subject: "Gilbert's syndrome",
    message: 'am i allowed to give blood with this?? my bilirubin is always a little high on my tests',
    focus: 'Gilbert syndrome',
    types: ['other'],
  },
  // why: asks about a patient registry used by researchers, which is research
  {
    message:
      'Hi, is there a patient registry for Rett syndrome that researchers actually use? We would like to add our daughter.',
    focus: 'Rett syndrome',
    types: ['research'],
  },
  // why: asks only whether a person with the condition can be an organ donor, which is other
  {
    message: 'I have had type 1 diabetes since I was 9. Can I still sign up to be an organ donor?',
    focus: 'type 1 diabetes',
    types: ['other'],
  },
  // why: the study request is background; the one question is whether it is hereditary, which is inheritance
  {
    message:
      'My cousin was just diagnosed with Fabry disease and his clinic asked the whole family to give blood samples for a study. Is Fabry disease hereditary?',
    focus: 'Fabry disease',
    types: ['inheritance'],
  },
  // why: asks about studies collecting tumor tissue, which is research; the surgery is background
  {
    message:
      'Are there any studies collecting tumor tissue from children with NF1? My son is having a plexiform neurofibroma removed next month.',
    focus: 'neurofibromatosis type 1',
    types: ['research'],
  },
  // why: life expectancy is prognosis, then donating the brain for research is research
  {
    message:
      'whats the life expectancy with progressive supranuclear palsy and can his brain be donated for research after',
    focus: 'progressive supranuclear palsy',
    types: ['prognosis', 'research'],
  },
  // why: a medicine question, but it asks only about the waiting time before giving blood (donor eligibility), which is other
  {
    message:
      'I finished my course of isotretinoin (Accutane) three weeks ago. How long do I have to wait before I can donate blood?',
    focus: 'isotretinoin',
    types: ['other'],
  },
  // why: asks whether trait and disease are the same thing, which is information
  {
    message:
      'Is sickle cell trait the same as sickle cell disease? The blood bank sent me a letter saying I have the trait after my first donation.',
    focus: 'sickle cell disease',
    types: ['information'],
  },
  // why: the autopsy is background; whether the family could catch it is susceptibility
  {
    message:
      'Hello. My mother died of Creutzfeldt-Jakob disease and the hospital wants to do an autopsy on her brain. Is it contagious to the family who looked after her?',
    focus: 'Creutzfeldt-Jakob disease',
    types: ['susceptibility'],
  },
  // why: signing up for a patient registry is a research question
  {
    message: 'my son has duchenne muscular dystrophy where do we sign him up for the patient registry',
    focus: 'Duchenne muscular dystrophy',
    types: ['research'],
  },
  // why: whether it is curable is treatment; being turned away by the blood bank is background
  {
    message:
      "Is hepatitis C curable these days? The blood bank turned me away and that's how I found out I have it.",
    focus: 'hepatitis C',
    types: ['treatment'],
  },
  // why: whether brain banks accept these brains is research, then what causes the condition is cause
  {
    subject: 'brain bank question',
    message:
      'Do brain banks take brains from people with Lewy body dementia? And what causes it in the first place?',
    focus: 'Lewy body dementia',
    types: ['research', 'cause'],
  },
  // why: how rare it is is frequency; the biobank request is background
  {
    message:
      "How rare is Batten disease? Our daughter's doctors asked if we would give her skin cells to a biobank because so few children have it.",
    focus: 'Batten disease',
    types: ['frequency'],
  },
  // why: whether such a study helps is research, whether she will talk is the outlook (prognosis)
  {
    message:
      'Our 4-year-old has Angelman syndrome. A researcher from the university hospital asked if we would share her medical records and home videos for a natural history study. Are studies like this actually useful for finding treatments? And realistically, will she ever talk?',
    focus: 'Angelman syndrome',
    types: ['research', 'prognosis'],
  },
  // why: asks (twice, in other words) whether she may still give blood, which is donor eligibility, so other
  {
    message:
      'I was diagnosed with multiple sclerosis last spring. Before that I gave blood every three months for 10 years and it was kind of my thing. Am I still allowed to donate, or does MS rule me out?',
    focus: 'multiple sclerosis',
    types: ['other'],
  },
  // why: the brain donation is background; the chance the children have it is inheritance
  {
    message:
      "My husband has Huntington disease, he's 52 and still fairly independent. He's decided to leave his brain to a research bank, which I think is very brave of him. Our two children are 24 and 27. What is the chance that they have it as well?",
    focus: 'Huntington disease',
    types: ['inheritance'],
  },
  // why: whether he can be a living kidney donor is other; whether he should be tested first for the condition is diagnosis
  {
    message:
      'Hello, I am writing from Poland. My brother have polycystic kidney disease and he need a new kidney soon. I want give him one of my kidney but our mother also had this disease. Is it possible that I am donor? Must I do some test first to know if I have it also?',
    focus: 'polycystic kidney disease',
    types: ['other', 'diagnosis'],
  },
  // why: the biobank is background; whether people with the condition can be organ donors is other
  {
    message:
      'im 16 and i have cystic fibrosis. my clinic keeps asking for extra sputum samples for their biobank which is fine i guess. but can people with cf be organ donors when they die? i just got my license and theres a box to tick',
    focus: 'cystic fibrosis',
    types: ['other'],
  },
  // why: asks what therapies exist, including new approved ones, which is treatment
  {
    message:
      'My grandson (18 months) has spinal muscular atrophy type 1. His parents signed up for a registry at the hospital and the doctors there seem very hopeful. I am old and not good with computers - what treatments are there now for SMA? I have read there are new ones.',
    focus: 'spinal muscular atrophy',
    types: ['treatment'],
  },
  // why: whether a relative should be tested is diagnosis by the guide
  {
    message:
      "I'm heterozygous for factor V Leiden, found out when I joined a big DNA biobank study and they sent back some results. Nobody in my family knows about it yet. Should my sister get tested too? She is on the pill.",
    focus: 'factor V Leiden thrombophilia',
    types: ['diagnosis'],
  },
  // why: what causes it is cause, then a named exposure asked as its cause (cell phones) is association
  {
    message:
      'A close friend died of glioblastoma last month, he was only 41. His wife agreed to donate his tumor tissue to the brain tumor lab at the hospital. I keep wondering why this happens to someone so young and healthy. What causes glioblastoma? Could his constant cell phone use have had anything to do with it?',
    focus: 'glioblastoma',
    types: ['cause', 'association'],
  },
  // why: whether a carrier's children could have the disease is inheritance; the blood donation is background
  {
    subject: 'Alpha-1 carrier',
    message:
      "I did a 23andMe test and it says I'm an MZ carrier for alpha-1. I give blood regularly and the blood center doesn't seem to care. Does being a carrier mean my kids could have the disease?",
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['inheritance'],
  },
  // why: how a research registry works and whether it helps research is one research question
  {
    message:
      'My daughter has Down syndrome, she is 19. Her support group mentioned a national research registry where families put in health information for scientists. How does a registry like that work, and does it really help the research?',
    focus: 'Down syndrome',
    types: ['research'],
  },
  // why: the trial and stored blood are background; what brings on the attacks is cause
  {
    message:
      "I have hereditary angioedema and I'm in a trial for a new preventive drug. As part of it they store my blood for future research, which is fine with me. What I really want to know: what brings on the swelling attacks? Mine almost always come a day or two after dental work or a stressful week.",
    focus: 'hereditary angioedema',
    types: ['cause'],
  },
  // why: how fast it progresses is prognosis, whether she should be tested herself is diagnosis
  {
    message:
      'my mom has frontotemporal dementia, shes 61. the neurologist asked if we would think about brain donation and honestly it threw us. how fast does ftd usually progress?? and should i be getting tested myself',
    focus: 'frontotemporal dementia',
    types: ['prognosis', 'diagnosis'],
  },
  // why: whether the condition stops her from being a stem cell donor is donor eligibility, so other
  {
    message:
      "I have von Willebrand disease type 1 (mild, I only bleed a lot at the dentist). I'd like to join the stem cell donor registry after a colleague needed a transplant. Would my bleeding disorder stop me from being a donor?",
    focus: 'von Willebrand disease',
    types: ['other'],
  },
  // why: the tissue bank is background; what the treatment is and whether it is lifelong are both treatment
  {
    message:
      'Our son was diagnosed with Wilson disease at 14 after a liver biopsy. The hospital asked if they could keep part of the sample for their tissue bank, and we said yes. Now we just want to understand what comes next. What is the treatment for Wilson disease, and is it for life?',
    focus: 'Wilson disease',
    types: ['treatment'],
  },
  // why: why the blood bank deferral applies is other; whether the medicine is dangerous for pregnant women is contraindications
  {
    message:
      'I take finasteride 1 mg for hair loss. The blood bank told me I have to wait a month after my last pill before donating. Why is that? Is it really dangerous for pregnant women?',
    focus: 'finasteride',
    types: ['other', 'contraindications'],
  },
  // why: whether giving data and samples to researchers helps is research, the wheelchair question is prognosis, exercise is lifestyle
  {
    message:
      "Hi there. I'm 64 and was diagnosed with Parkinson disease about two years ago. So far it's mostly a tremor in my right hand and I'm a bit slower than I used to be. I'm an engineer by training and I like data, so when my neurologist mentioned a study that collects smartwatch data and blood samples from people with Parkinson's, I signed up right away. My wife is less enthusiastic, she worries about where our information ends up. A few things I'd like to understand. Does giving my data and samples to researchers actually make a difference, or does it just sit in a database? Will I end up in a wheelchair eventually? And I've been doing a lot of cycling - is exercise really as helpful as people say? Thanks, Martin",
    focus: 'Parkinson disease',
    types: ['research', 'prognosis', 'lifestyle'],
  },
  // why: whether the sisters should be checked and which tests are both diagnosis (relatives being tested)
  {
    subject: "after my son's death",
    message:
      "My son Daniel died suddenly in March, he was 23. The autopsy showed an aortic dissection and the pathologist suspects Marfan syndrome. They kept a tissue sample so it could be sent for genetic testing, and we also agreed to let a research group use it. Daniel was tall and thin like his father and his two younger sisters, but nobody ever thought anything of it. I can't go through this again. Do his sisters need to be checked for Marfan, and what kind of tests would they have? Thank you for reading this.",
    focus: 'Marfan syndrome',
    types: ['diagnosis'],
  },
  // why: what causes it is cause, keeping it from happening to the next baby is prevention
  {
    message:
      "We lost our son Noah to sudden infant death syndrome in January. He was 3 months old. The medical examiner's office asked if we would allow tissue samples to be used in a SIDS research project and we said yes because we want something good to come out of this. We are now thinking about trying for another baby but I am terrified. Nobody has been able to tell us why it happened - what causes SIDS? What can we do to keep it from happening with our next baby? We did everything we were told (back to sleep, no blankets) so I don't understand.",
    focus: 'sudden infant death syndrome',
    types: ['cause', 'prevention'],
  },
  // why: a list: genetic for the children is inheritance, brain bank and trials are research, how long people live is prognosis
  {
    message:
      "Hello, I have a list of questions about my mother, who was diagnosed with early-onset Alzheimer disease at 56. 1) Is the early-onset kind genetic? My brother and I are in our thirties. 2) She was very clear while she still could that she wants to donate her brain. Is there a brain bank that takes Alzheimer's brains and how do we register? 3) Are there any clinical trials she could still join at her stage? 4) How long do people usually live after diagnosis? Thank you in advance.",
    focus: 'Alzheimer disease',
    types: ['inheritance', 'research', 'prognosis'],
  },
  // why: the body donation is background; whether anesthesia is dangerous with the condition and what can go wrong is complications
  {
    message:
      "I'm 47 and have myotonic dystrophy type 1, like my father did. I'm fairly practical about it. I've filled in the forms to leave my body to the medical school at the university here after I die, since there aren't many people with DM1 and maybe the students can learn something. My question is actually about before that. I need gallbladder surgery this autumn and someone in my online group said general anesthesia can be really dangerous for people with myotonic dystrophy. Is that true? What exactly can go wrong?",
    focus: 'myotonic dystrophy',
    types: ['complications'],
  },
  // why: studies to volunteer for are research, stopping flares from happening so often is prevention
  {
    message:
      "I was a platelet donor for years, nearly every month, until I was diagnosed with lupus two years ago and got told I can't donate anymore. That honestly hurt more than I expected. I'd still like to help people somehow. Are there studies looking for people with lupus that I could volunteer for? On the health side, my flares seem to come out of nowhere and knock me flat for weeks. is there anything I can do to stop them happening so often? My rheumatologist is great but appointments are 10 minutes.",
    focus: 'lupus',
    types: ['research', 'prevention'],
  },
  // why: the biobank and gene therapy project are story; the chance the next baby has it is inheritance
  {
    message:
      'My husband and I lost our daughter Miriam to Tay-Sachs disease when she was 3. During her illness we agreed to let the hospital store her cells in a biobank, and last week a researcher wrote to say her cells were being used in a gene therapy project. It meant a lot to us. We would like to have another child. We were both tested as carriers after her diagnosis. What are the chances that our next baby will have Tay-Sachs too?',
    focus: 'Tay-Sachs disease',
    types: ['inheritance'],
  },
  // why: condition named only in the subject; staying an organ donor is other, the fire smoke asked as its cause is association
  {
    subject: 'sarcoid + organ donor',
    message:
      "hi, 38 yr old male here. Got diagnosed last year after they did a biopsy of a lymph node in my chest. I'm a firefighter and I was at a big warehouse fire a few years back with a lot of smoke. I've been a registered organ donor since I was 18 and my wife says I should take it off my license now because nobody would want my lungs. can I still be an organ donor with this? and could the smoke from that fire be the reason I got it? thanks",
    focus: 'sarcoidosis',
    types: ['other', 'association'],
  },
  // why: whether the granddaughter is a carrier is inheritance, whether he can get gene therapy is treatment
  {
    message:
      'My father is 78 and has hemophilia A. He got hepatitis C from clotting factor in the 1980s and lost many friends in those years, so he is very keen on research and has given blood samples to a hemophilia biobank several times. Now my daughter (his granddaughter) is 17 and asking questions. Could she be a carrier? And my dad keeps mentioning gene therapy - can he actually get it at his age?',
    focus: 'hemophilia A',
    types: ['inheritance', 'treatment'],
  },
  // why: the registry and biobank are story; higher risk of cancers is complications, screening is diagnosis
  {
    message:
      "I'm 26 and recently tested positive for a TP53 mutation. My mum had breast cancer at 34 and her brother had a sarcoma as a teenager, so the result wasn't a huge surprise, but it's a lot. The genetics clinic asked if I want to join a Li-Fraumeni syndrome registry and give blood once a year for their biobank, and I said yes since it feels like the only useful thing I can do. What I am really unsure about: which cancers am I at higher risk for, and what screening should I be having, and how often?",
    focus: 'Li-Fraumeni syndrome',
    types: ['complications', 'diagnosis'],
  },
];
