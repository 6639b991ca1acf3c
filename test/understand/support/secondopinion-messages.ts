/**
 * "secondopinion" set. Messages from people whose doctors disagree or who want a second opinion: conflicting
 * diagnoses, refused referrals, looking for an expert, doubting a treatment, with other questions. Written by
 * someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once, before any change made for it (focus 0.975, type F1 0.923). Scored by
 * secondopinion.test.ts and by `npx tsx test/understand/support/score-messages.ts --secondopinion --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const SECONDOPINION_MESSAGES: ConsumerMessage[] = [
  // why: only asks where to find a doctor who knows EDS -> find_specialist
  {
    message:
      "my rheumatologist says i'm 'just flexible' and wont refer me to genetics. where do i find a doctor who actually knows EDS? im in ohio",
    focus: 'Ehlers-Danlos syndrome',
    types: ['find_specialist'],
  },
  // why: how sarcoidosis is confirmed, biopsy, ruling out lymphoma are all one diagnosis question
  {
    message:
      'Two pulmonologists, two opinions. One says the swollen nodes in my chest are sarcoidosis, the other wants to rule out lymphoma first. How is sarcoidosis actually confirmed? Is a biopsy always needed?',
    focus: 'sarcoidosis',
    types: ['diagnosis'],
  },
  // why: whether a negative blood test rules out MG -> diagnosis; a specialist for a second look -> find_specialist
  {
    subject: 'droopy eyelid - neuro says no',
    message:
      'Hello. My left eyelid droops by the evening and I see double when I am tired. The neurologist did one blood test, it was negative, and he says it is not myasthenia gravis. Can the blood test be negative and it still be MG? And is there a specialist for myasthenia I could see for a second look, I live near Leeds.',
    focus: 'myasthenia gravis',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: which doctor is right about antihistamines = what the proper treatment is -> treatment
  {
    message:
      "My allergist keeps giving me antihistamines and an epipen for my swelling attacks, but my HAE was confirmed with a C1 inhibitor test 2 years ago. Another doctor told me antihistamines don't work for hereditary angioedema at all. Who is right? What is the proper treatment for HAE?",
    focus: 'hereditary angioedema',
    types: ['treatment'],
  },
  // why: growth and weight gain are both asked as effects of the medicine -> side_effects; focus is the medicine
  {
    message:
      "Our son (9) has juvenile dermatomyositis. His doctor wants him on prednisone for many months, the second doctor we saw said to add methotrexate so he can come off the steroids sooner. I'm really worried about the prednisone. Will it stunt his growth?? will it make him put on a lot of weight?",
    focus: 'prednisone',
    types: ['side_effects'],
  },
  // why: whether fainting is a sign of POTS -> symptoms; whether a tilt table test is needed -> diagnosis
  {
    message:
      'is fainting when i stand up a symptom of POTS? my cardiologist says my heart is fine and its anxiety but my GP thinks i should have a tilt table test. do i need one',
    focus: 'postural orthostatic tachycardia syndrome',
    types: ['symptoms', 'diagnosis'],
  },
  // why: getting his walking back -> prognosis; whether IVIG is the main treatment -> treatment
  {
    message:
      "Dad is 71. First he was told he had ALS, then at the university hospital they said no, it's CIDP. We are so relieved but also confused. If it really is CIDP, will he walk normally again? And is it true IVIG is the main treatment for it?",
    focus: 'chronic inflammatory demyelinating polyneuropathy',
    types: ['prognosis', 'treatment'],
  },
  // why: Marfan with a normal heart and which test settles it -> diagnosis; whether her brother could have it -> inheritance
  {
    message:
      "My 14 yr old is very tall with long fingers and a dislocated lens in one eye. The eye doctor says Marfan syndrome, the cardiologist says her echo is normal so it can't be Marfan. Can you have Marfan with a normal heart? What test would settle it? And if she does have it, could her little brother have it too?",
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'inheritance'],
  },
  // why: unicentric vs multicentric is what each form is -> information; expert centers -> find_specialist
  {
    message:
      "Looking for a doctor who has actually seen Castleman disease before. Our local hematologist admitted he's never treated it and isn't sure which kind my wife has. What is the difference between unicentric and multicentric? Are there any expert centers in the US? thank you",
    focus: 'Castleman disease',
    types: ['information', 'find_specialist'],
  },
  // why: which treatments exist -> treatment; clinical trials -> research (the BRAF mention is not a question)
  {
    message:
      'My husband was finally diagnosed with Erdheim-Chester disease after 3 years of wrong diagnoses. The oncologist wants to start interferon, a doctor we spoke to online says targeted pills are better if he has the BRAF mutation. What treatments are there for ECD? Are there clinical trials we could look into?',
    focus: 'Erdheim-Chester disease',
    types: ['treatment', 'research'],
  },
  // why: how Wilson is tested -> diagnosis; whether her brother can have it too -> inheritance
  {
    message:
      'my liver tests are high since 3 years, one doctor said fatty liver, other doctor said maybe wilson. I am 24 and not overweight. How they test for wilson disease? my brother also has liver problem, can he have it also?',
    focus: 'Wilson disease',
    types: ['diagnosis', 'inheritance'],
  },
  // why: what causes CRPS -> cause; the treatment -> treatment; which kind of doctor to see -> find_specialist
  {
    message:
      "After a wrist fracture in March my hand turned purplish, swollen and it hurts when even the sheet touches it. Ortho says it's just slow healing, my physio says CRPS. What causes CRPS anyway? Whats the treatment, and who should I be seeing, a pain clinic or a neurologist?",
    focus: 'complex regional pain syndrome',
    types: ['cause', 'treatment', 'find_specialist'],
  },
  // why: appealing an insurance refusal is non-medical -> other
  {
    message:
      "my insurance won't cover a second opinion at Mayo for my son's moyamoya disease, they say the local neurosurgeon is 'in network'. is there any way to appeal that?",
    focus: 'moyamoya disease',
    types: ['other'],
  },
  // why: a test to know for sure -> diagnosis; whether her daughters could get it -> inheritance; names two conditions
  {
    message:
      "My mum was diagnosed with Parkinson's 5 years ago, but a new neurologist now says her movements look more like Huntington's disease. Can they do a test to know for sure? And what does that mean for me and my sister, could we get it too?",
    focus: 'Huntington disease',
    types: ['diagnosis', 'inheritance'],
  },
  // why: whether the drug really damages the eyes -> side_effects; focus is the medicine
  {
    message:
      'been on plaquenil 4 yrs for lupus. new eye doctor says my retina shows early changes and i should stop, my rheumy says the eye doc is overreacting. can plaquenil really damage your eyes?',
    focus: 'hydroxychloroquine',
    types: ['side_effects'],
  },
  // why: the normal dose -> drug_usage; whether the cramps come from it -> side_effects
  {
    subject: 'Mestinon dose',
    message:
      'Two neurologists gave me different instructions for Mestinon. One says 60mg three times a day, the other says up to 6 tablets a day as I need it. What is the normal dose? Also is the stomach cramping from the Mestinon?',
    focus: 'pyridostigmine',
    types: ['drug_usage', 'side_effects'],
  },
  // why: what FMD is -> information; whether BP and ear pulsing come from it -> symptoms; treat or watch -> treatment
  {
    message:
      "What is fibromuscular dysplasia? My CT report mentions a 'string of beads' in my kidney artery and the vascular surgeon says FMD, but my cardiologist said it's nothing to worry about. I have high blood pressure at 38 and a whooshing pulse in my ear, are those from FMD? Does it need to be treated or just watched?",
    focus: 'fibromuscular dysplasia',
    types: ['information', 'symptoms', 'treatment'],
  },
  // why: whether LEMS is the same as MG -> information; how they are told apart -> diagnosis; names two conditions
  {
    message:
      'is lambert-eaton the same thing as myasthenia gravis?? first neuro said MG, second one said lambert eaton after a nerve test. how do they tell them apart',
    focus: 'Lambert-Eaton myasthenic syndrome',
    types: ['information', 'diagnosis'],
  },
  // why: sight coming back -> prognosis; an NMO clinic -> find_specialist; research toward a cure -> research
  {
    message:
      'My wife was treated for MS for 2 years and now they say it is actually NMO (neuromyelitis optica) and the MS drugs were the wrong ones. She has lost most of the sight in one eye. Is her sight going to come back? Where is a good NMO clinic in Germany? Is there research going on for a cure?',
    focus: 'neuromyelitis optica',
    types: ['prognosis', 'find_specialist', 'research'],
  },
  // why: what brings on attacks -> cause; stopping attacks from happening -> prevention
  {
    message:
      'Our son has fever and belly pain every 3-4 weeks. The pediatrician says PFAPA, the specialist in Istanbul said FMF and gave colchicine. If it is familial Mediterranean fever, what brings on the attacks? Can we stop them from happening?',
    focus: 'familial Mediterranean fever',
    types: ['cause', 'prevention'],
  },
  // why: what happens if it is not treated quickly -> complications
  {
    message:
      "Mum's GP thinks her headache and jaw pain when chewing is GCA, but the hospital said her blood test was only slightly raised and sent her home. What can happen if giant cell arteritis is not treated quickly?",
    focus: 'giant cell arteritis',
    types: ['complications'],
  },
  // why: which gene -> genetic_changes; passed mother to son -> inheritance
  {
    message:
      "the nephrologist says my blood in urine is thin basement membrane disease and harmless. a second kidney doctor says it could be Alport syndrome because my uncle had kidney failure and he's deaf. which gene causes alport? and is it passed from mother to son?",
    focus: 'Alport syndrome',
    types: ['genetic_changes', 'inheritance'],
  },
  // why: tests -> diagnosis; treatment beyond antihistamines -> treatment; a doctor who knows MCAS -> find_specialist
  {
    message:
      "I've had hives, flushing, fainting spells and stomach problems for 6 years. Allergist #1 says chronic idiopathic urticaria. Allergist #2 says it might be MCAS but wouldn't order any tests. What tests do you need for mast cell activation syndrome? Is there any treatment besides antihistamines? And how do I find a doctor who actually takes MCAS seriously, I'm done being told it's stress.",
    focus: 'mast cell activation syndrome',
    types: ['diagnosis', 'treatment', 'find_specialist'],
  },
  // why: only asks how rare it is -> frequency
  {
    message:
      "how rare is takayasu arteritis? my doctor said he's never seen a case in 30 years and wants to send me to another center",
    focus: 'Takayasu arteritis',
    types: ['frequency'],
  },
  // why: whether nosebleeds are a sign -> symptoms; whether it affects lungs or brain -> complications
  {
    message:
      'My ENT says my nosebleeds are from dry air and to use a humidifier. My cousin has HHT and bad nosebleeds too. Are daily nosebleeds a sign of HHT? Can it affect the lungs or the brain?',
    focus: 'hereditary hemorrhagic telangiectasia',
    types: ['symptoms', 'complications'],
  },
  // why: what the medicine is for -> indication; focus is the medicine
  {
    message:
      "The second rheumatologist wants to put me on rituximab for my dermatomyositis instead of more steroids. what is rituximab for? isn't it a cancer drug?",
    focus: 'rituximab',
    types: ['indication'],
  },
  // why: safety in pregnancy -> contraindications; stopping it suddenly -> drug_usage
  {
    message:
      "My gastroenterologist and my hepatologist disagree. One says keep taking azathioprine for my autoimmune hepatitis through the pregnancy, the other says stop. Is azathioprine safe when you're pregnant? And if I do stop it, can I just stop it suddenly?",
    focus: 'azathioprine',
    types: ['contraindications', 'drug_usage'],
  },
  // why: which measurement counts as Chiari is how it is confirmed -> diagnosis
  {
    message:
      "mri says 'cerebellar tonsils 4mm below foramen magnum'. neurosurgeon 1: chiari malformation. neurosurgeon 2: normal variant, not chiari. how many mm actually counts as chiari??",
    focus: 'Chiari malformation',
    types: ['diagnosis'],
  },
  // why: startle spasms typical -> symptoms; blood test -> diagnosis; keeps getting worse -> prognosis
  {
    message:
      "Hi, I'm writing for my sister (42). Her back and legs go rigid and she gets spasms when startled, she has fallen many times. Her neurologist insists it's functional neurological disorder and referred her to psychiatry. We read about stiff person syndrome. Are the startle spasms typical of SPS? Is there a blood test for it? If it is SPS, does it keep getting worse?",
    focus: 'stiff person syndrome',
    types: ['symptoms', 'diagnosis', 'prognosis'],
  },
  // why: only asks for a Gaucher center for a second opinion -> find_specialist
  {
    message:
      "We want a second opinion about our daughter's Gaucher disease, her doctor says she doesn't need enzyme therapy yet. Is there a Gaucher center in Canada? Merci beaucoup",
    focus: 'Gaucher disease',
    types: ['find_specialist'],
  },
  // why: supporting him at school and napping in class are both daily life -> lifestyle
  {
    message:
      "I teach 8th grade. One of my students falls asleep in class every day and sometimes his knees buckle when he laughs. His mom says one doctor diagnosed narcolepsy and another said it's his ADHD medication. Either way, how can we support him at school? Should we let him take short naps during the day?",
    focus: 'narcolepsy',
    types: ['lifestyle'],
  },
  // why: the medicine with birth control pills -> interactions; focus is the medicine
  {
    message:
      'my new sleep doc prescribed modafinil but the old one refused to because of my birth control. does modafinil interfere with the pill?',
    focus: 'modafinil',
    types: ['interactions'],
  },
  // why: what IIH is -> information; what causes it -> cause; whether the acne drug caused it -> association
  {
    message:
      'teen daughter, headaches + blurry vision. eye doc saw swollen optic nerves and said IIH, neurologist said its migraines. what is IIH? what causes it? could her acne medicine (minocycline) have caused it',
    focus: 'idiopathic intracranial hypertension',
    types: ['information', 'cause', 'association'],
  },
  // why: whether her signs could be Behcet -> diagnosis; what Behcet is -> information; names two conditions
  {
    subject: "Behcet's or lupus?",
    message:
      "Could it be Behcet's instead of lupus? I have mouth ulcers and genital sores that keep coming back and my rheumatologist keeps saying lupus, but the treatment isn't helping. What is Behcet disease exactly?",
    focus: 'Behcet disease',
    types: ['diagnosis', 'information'],
  },
  // why: only asks about trials recruiting -> research
  {
    message:
      'hematologist wants to start eculizumab infusions for my PNH, i would rather get into a study of the newer pills i read about. are there trials recruiting for PNH in europe?',
    focus: 'paroxysmal nocturnal hemoglobinuria',
    types: ['research'],
  },
  // why: more likely in older Black men -> susceptibility; how they check for it -> diagnosis
  {
    message:
      "My father has heart failure and his cardiologist says it's just age, but a second cardiologist mentioned amyloidosis because he also had carpal tunnel surgery on both wrists. Is amyloidosis more likely in older Black men? How would they check for it?",
    focus: 'amyloidosis',
    types: ['susceptibility', 'diagnosis'],
  },
  // why: having CMT when neither parent has it is about how it runs in families -> inheritance
  {
    message:
      'neurologist says my foot drop is CMT, but nobody else in the family has it, my parents are both fine. the second opinion doctor said it still can be genetic. can you have CMT if neither parent has it?',
    focus: 'Charcot-Marie-Tooth disease',
    types: ['inheritance'],
  },
  // why: too late to treat -> treatment; heart damage -> complications; whether he needs an echo -> diagnosis
  {
    message:
      "I am writing about my grandson who is 3. He had 6 days of high fever, red eyes and cracked lips. The ER said it was a virus, but now our pediatrician says it may have been incomplete Kawasaki disease and it's too late for IVIG. Is it too late for any treatment? Can it damage his heart? Does he need an echo now?",
    focus: 'Kawasaki disease',
    types: ['treatment', 'complications', 'diagnosis'],
  },
  // why: the right to a referral is non-medical -> other; Fabry centers -> find_specialist
  {
    message:
      'My nephrologist refuses to refer me to a Fabry specialist, he says he can manage it himself. Do I have the right to get a referral anyway? And where are the Fabry disease centers in Texas?',
    focus: 'Fabry disease',
    types: ['other', 'find_specialist'],
  },
  // why: signs to watch for -> symptoms; how it differs from MCTD -> information; names two conditions
  {
    message:
      'One doctor says my 16 y/o daughter has lupus because of her ANA test, another says a positive ANA means nothing without symptoms and it might be mixed connective tissue disease instead. What are the symptoms of lupus we should watch for? How is lupus different from MCTD?',
    focus: 'systemic lupus erythematosus',
    types: ['symptoms', 'information'],
  },
];
