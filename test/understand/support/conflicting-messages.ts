/**
 * "conflicting" set. Messages from people who got conflicting advice (two doctors, the pharmacist and the GP,
 * the leaflet and the specialist) asking which is right, often with another question. Written by someone who had
 * read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 0.950, type F1 0.653). Scored by conflicting.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --conflicting --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const CONFLICTING_MESSAGES: ConsumerMessage[] = [
  {
    // "Which one is right?" (blood thinners for life or 6 months) -> treatment (anticoagulation)
    // "should my daughter ... be tested first?" -> diagnosis (whether to test)
    subject: 'factor V leiden - blood thinners for life or not?',
    message:
      'I was diagnosed with Factor V Leiden (heterozygous) after a DVT in my left leg last spring. The haematologist says 6 months of apixaban and then stop, but my GP says with factor V Leiden I should be on blood thinners for life. Which one is right? And should my daughter, who is 19 and wants to go on the pill, be tested first?',
    focus: 'Factor V Leiden thrombophilia',
    types: ['treatment', 'diagnosis'],
  },
  {
    // "who do we believe" (red meat / vitamin C vs diet makes no difference) -> lifestyle (diet)
    // "will they have it too" -> inheritance (chance the children have it)
    message:
      'my husband has hereditary haemochromatosis, two copies of C282Y. the liver doctor told him to stop eating red meat and no vitamin C tablets, the GP said diet makes basically no difference as long as he keeps having his venesections. who do we believe. also our two boys are 14 and 17, will they have it too',
    focus: 'haemochromatosis',
    types: ['lifestyle', 'inheritance'],
  },
  {
    // "Which is it?" (with meals or empty stomach) -> drug_usage (timing)
    // "is the stomach upset just the metformin" -> side_effects (whether a problem comes from the medicine)
    message:
      'Pharmacist told me to take my metformin with meals, but the nurse at the diabetes clinic said it doesnt matter and I can take it first thing on an empty stomach. Which is it? And is the stomach upset just the metformin or something else, its been awful.',
    focus: 'metformin',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "Who is right?" (cranberry juice) -> interactions (food/drink)
    // "does it matter if she takes it in the morning instead?" -> drug_usage (timing)
    subject: 'cranberry juice and warfarin',
    message:
      'Hi, my mum (82) is on warfarin for AF. The leaflet in the box says to avoid cranberry juice but the anticoagulation clinic nurse said a glass a day is fine as long as she keeps it the same every day. She loves the stuff. Who is right? Also she was told to take it at 6pm every day - does it matter if she takes it in the morning instead?',
    focus: 'warfarin',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "Which advice should we follow?" (rugby / sports) -> lifestyle (sports)
    // "will his aorta keep getting bigger as he grows?" -> prognosis (whether it gets worse)
    message:
      "Our son Liam (15) was diagnosed with Marfan syndrome last year. His cardiologist says absolutely no rugby or weight lifting, but the geneticist we saw said he can play most sports in moderation and shouldn't be wrapped in cotton wool. He is devastated about rugby, it's his whole life. Which advice should we follow? And will his aorta keep getting bigger as he grows?",
    focus: 'Marfan syndrome',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "so is there a test or not?" -> diagnosis (genetic test)
    // "what gene is it" -> genetic_changes (which gene)
    message:
      'i have hypermobile EDS (hEDS). my rheumatologist said there is no genetic test for it and the diagnosis is only clinical, but my friend in the US had a gene panel and was told they found her EDS gene. so is there a test or not? and if there is, what gene is it',
    focus: 'hEDS',
    types: ['diagnosis', 'genetic_changes'],
  },
  {
    // "Do I really have to go back to eating bread before the test? How long for?" -> diagnosis (blood test preparation; one question)
    subject: 'gluten before coeliac blood test??',
    message:
      "My GP told me to cut out gluten straight away because my symptoms sounded like coeliac and to do the blood test in a couple of months. Now the gastroenterologist's secretary says I should have been eating gluten for the test to work. I've been gluten free for 6 weeks and feel so much better. Do I really have to go back to eating bread before the test? How long for?",
    focus: 'coeliac',
    types: ['diagnosis'],
  },
  {
    // "Should she have the thymectomy or not? Does it actually make MG go away?" -> treatment (surgery, cure; one question)
    // "Will she always be this weak?" -> prognosis (course)
    message:
      "My wife (34) has generalised myasthenia gravis, AChR antibody positive. The first neurologist recommended removing her thymus even though the CT showed no thymoma. The second opinion neurologist said surgery isn't needed and to stay on pyridostigmine and prednisone. Should she have the thymectomy or not? Does it actually make MG go away? Will she always be this weak? She used to run half marathons.",
    focus: 'myasthenia gravis',
    types: ['treatment', 'prognosis'],
  },
  {
    // "which is true?" (diet for life or stop at 10) -> lifestyle (diet)
    // "can being off the diet all these years have done damage to his brain" -> complications (harm when untreated)
    message:
      'hi. my brother is 24 and has PKU. when he was little the clinic told my parents he could stop the low protein diet at around 10, and he did. now a new metabolic doctor says he should have stayed on the diet for life and wants him back on it. he thinks this is nonsense. which is true? and can being off the diet all these years have done damage to his brain',
    focus: 'PKU',
    types: ['lifestyle', 'complications'],
  },
  {
    // "Which is right?" (can it damage a girl's kidneys and heart) -> complications (organ damage)
    // "Should she be starting the infusions now?" -> treatment (enzyme replacement)
    subject: 'Fabry disease in girls',
    message:
      "My father has Fabry disease and is on enzyme infusions. My daughter (16) tested positive for the same variant. One doctor told us girls are 'just carriers' and it won't damage her organs, but the Fabry nurse said women can still get kidney and heart damage. Which is right? Should she be starting the infusions now?",
    focus: 'Fabry disease',
    types: ['complications', 'treatment'],
  },
  {
    // "Is hydroxyurea the right treatment for him?" -> treatment (medicine for the disease)
    // "can it make him infertile?" -> side_effects (hydroxyurea)
    message:
      'My son is 6 and has sickle cell disease. His haematologist in London wants to start him on hydroxyurea because of his pain crises. My family back in Ghana, and a doctor there my mother spoke to, say it is a chemo drug and too strong for a child. Who is right, is hydroxyurea the right treatment for him? And is it true it can make him infertile when he is older?',
    focus: 'sickle cell disease',
    types: ['treatment', 'side_effects'],
  },
  {
    // "Who is right??" (iron tablets or not) -> treatment (iron for the anaemia)
    // "is the baby going to have thalassemia?" -> inheritance (chance the child has it)
    message:
      "I have beta thalassemia minor and am always a bit anaemic. My GP keeps putting me on iron tablets but the haematologist said I shouldn't take iron unless my ferritin is actually low because it can build up. Who is right?? also I'm pregnant now, is the baby going to have thalassemia? my husband has never been tested",
    focus: 'beta thalassemia minor',
    types: ['treatment', 'inheritance'],
  },
  {
    // "Is zinc good enough?" -> treatment (zinc vs penicillamine)
    // "is she really not allowed chocolate and shellfish" -> lifestyle (diet)
    subject: "zinc or penicillamine for Wilson's",
    message:
      "Daughter 19, diagnosed with Wilson disease at 12, has been on penicillamine since. The new hepatologist wants to switch her to zinc for maintenance, the old one always said zinc isn't strong enough. Is zinc good enough? And is she really not allowed chocolate and shellfish? she's been told different things about that too.",
    focus: 'Wilson disease',
    types: ['treatment', 'lifestyle'],
  },
  {
    // "which is correct?" (folic acid daily or weekly with methotrexate) -> drug_usage (dosing schedule)
    // "is one glass of wine at the weekend really that bad" -> interactions (alcohol)
    message:
      'Im on methotrexate 15mg weekly for RA. Rheumatology nurse says take folic acid every day except methotrexate day, pharmacist said only once a week the day after. which is correct? And is one glass of wine at the weekend really that bad, the gp said no alcohol at all but the rheumatologist said a little is fine',
    focus: 'methotrexate',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "Which is right?" (coffee with the tablet) -> interactions (food/drink)
    // "could I take it at bedtime instead?" -> drug_usage (timing)
    subject: 'levothyroxine and coffee',
    message:
      "My endocrinologist says wait 30-60 mins after my levothyroxine before coffee or breakfast, the pharmacist at my chemist said its fine to take it with my morning coffee as long as I do the same every day. Honestly I'd love to just take it with my coffee. Which is right? And could I take it at bedtime instead?",
    focus: 'levothyroxine',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "Which is it?" (50/50 chance or lower) -> inheritance (chance of having it)
    // "Should I get tested myself" -> diagnosis (testing)
    message:
      "My mum has just been diagnosed with Huntington's disease. The neurologist told me I have a 50/50 chance of having it. Then the genetic counsellor said it depends on her CAG repeat number and I might be lower risk. I'm so confused. Which is it? Should I get tested myself, I'm 28 and we are thinking about having kids.",
    focus: "Huntington's disease",
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "Is Plaquenil safe in pregnancy or not?" -> contraindications (pregnancy)
    // "Could a lupus flare harm the baby?" -> complications (lupus)
    subject: 'Plaquenil in pregnancy - rheum vs OB',
    message:
      "I have SLE and just found out I'm pregnant (8 weeks). My rheumatologist insists I keep taking Plaquenil because stopping could cause a flare. My OB said she'd rather I stop all non essential meds in the first trimester. I'm scared of hurting the baby either way. Is Plaquenil safe in pregnancy or not? Could a lupus flare harm the baby?",
    focus: 'Plaquenil',
    types: ['contraindications', 'complications'],
  },
  {
    // "What are the actual chances I'm a carrier and that my baby could have cystic fibrosis?" -> inheritance (carrier, chance for the baby)
    // "Can they check the baby before it's born?" -> diagnosis (prenatal testing)
    message:
      "My sister's son has CF. I'm 20 weeks pregnant and my midwife said as his aunt I don't need to worry, but what I read online says I could easily be a carrier. What are the actual chances I'm a carrier and that my baby could have cystic fibrosis? Can they check the baby before it's born?",
    focus: 'cystic fibrosis',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "does he need the treatment or not?" -> treatment (enzyme replacement)
    // "What happens to his bones if he stops?" -> complications (untreated)
    message:
      "We moved from Israel to Germany last year. My husband has Gaucher disease type 1 and in Israel he got enzyme replacement every 2 weeks for 8 years. Here the doctor says his spleen and blood counts are only mild and he doesn't need treatment, just follow up. Which doctor is right, does he need the treatment or not? What happens to his bones if he stops?",
    focus: 'Gaucher disease type 1',
    types: ['treatment', 'complications'],
  },
  {
    // "Was the treatment wrong?" -> treatment (IVIG and aspirin)
    // "What is the outlook for him now?" -> prognosis (outlook)
    message:
      "Our 3 year old had Kawasaki disease while we were on holiday in Florida. There they gave IVIG and high dose aspirin. Back home the pediatrician was surprised about the aspirin and said they don't use high doses anymore and that aspirin normally isn't given to kids because of Reye's syndrome. Was the treatment wrong? His echo was normal, what is the outlook for him now?",
    focus: 'Kawasaki disease',
    types: ['treatment', 'prognosis'],
  },
  {
    // "do I stop it now or carry on??" -> drug_usage (starting/stopping)
    // "is it for life" -> drug_usage (duration; same type)
    // "is that ok with allopurinol" -> interactions (other medicine)
    subject: 'allopurinol during a gout attack??',
    message:
      'Had my third gout flare this year. GP started me on allopurinol 100mg while the toe was still swollen. Pharmacist looked worried and said you never start allopurinol during an attack, wait 2 weeks. So do I stop it now or carry on?? is it for life. also I take a water tablet (bendroflumethiazide), is that ok with allopurinol',
    focus: 'allopurinol',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "Do I have multiple sclerosis or not?" -> diagnosis (whether it is MS)
    // "Should I start the injections now" -> treatment (starting treatment)
    // "What are the chances I end up in a wheelchair?" -> prognosis (outlook)
    subject: '2 neurologists, 2 different answers',
    message:
      "After an episode of optic neuritis and one lesion on my MRI, the first neurologist said this is MS and I should start treatment right away. The second said it is a 'clinically isolated syndrome', not MS yet, and to wait and watch. Do I have multiple sclerosis or not? Should I start the injections now or wait? What are the chances I end up in a wheelchair?",
    focus: 'multiple sclerosis',
    types: ['diagnosis', 'treatment', 'prognosis'],
  },
  {
    // "Who is right?" (antihistamines/epipen vs icatibant) -> treatment (what works for attacks)
    // "can stress actually trigger an attack" -> cause (what brings on attacks)
    message:
      "My daughter has hereditary angioedema (HAE). Twice at the ER they gave her antihistamines, an epipen and steroids, and her HAE specialist says none of that works for HAE and she needs icatibant or C1 inhibitor. The ER doctors didn't seem to believe us. Who is right? And her swellings seem to come when shes stressed about exams, can stress actually trigger an attack",
    focus: 'hereditary angioedema',
    types: ['treatment', 'cause'],
  },
  {
    // "Can I stop it?" -> drug_usage (stopping)
    // "is it safe for me to stay on colchicine during pregnancy?" -> contraindications (pregnancy)
    message:
      "Hello, I'm 27 with familial mediterranean fever and have been on colchicine since I was a child. My new doctor here in Canada says I could try stopping it since I haven't had an attack in years. My doctor in Armenia always said never stop colchicine because it protects the kidneys from amyloidosis. Can I stop it? Also we want to try for a baby, is it safe for me to stay on colchicine during pregnancy?",
    focus: 'colchicine',
    types: ['drug_usage', 'contraindications'],
  },
  {
    // "Who is right? Is there a genetic test we could do instead of waiting?" -> diagnosis (confirming NF1)
    // "how can she have it if nobody else in our family has it?" -> inheritance (runs in families)
    subject: 'cafe au lait spots - NF or not',
    message:
      "My baby girl (9 months) has 7 cafe au lait spots. The pediatrician says that's enough to call it neurofibromatosis type 1. The dermatologist says you can't diagnose NF1 on spots alone at this age and we should wait. Who is right? Is there a genetic test we could do instead of waiting? And how can she have it if nobody else in our family has it?",
    focus: 'neurofibromatosis type 1',
    types: ['diagnosis', 'inheritance'],
  },
  {
    // "whats right?" (drinking 3 litres a day) -> lifestyle (daily fluid intake)
    // "are there any new drugs being tested" -> research (trials)
    message:
      'i have ADPKD like my dad. my nephrologist says drink 3 litres of water a day to slow down the cysts. my dads old nephrologist told him the water thing is a myth and it just makes you pee all night. whats right? also are there any new drugs being tested, i know about tolvaptan but heard there are trials of other things',
    focus: 'ADPKD',
    types: ['lifestyle', 'research'],
  },
  {
    // "which is true?" (can endo make it hard to get pregnant) -> complications (infertility)
    // "would surgery to remove it help us conceive?" -> treatment (surgery)
    message:
      'GP says endometriosis can make it hard to get pregnant, but my gyn said with mild endo my fertility should be normal. we have been trying for over a year. which is true? would surgery to remove it help us conceive',
    focus: 'endometriosis',
    types: ['complications', 'treatment'],
  },
  {
    // "Who do I believe? Do long term antibiotics actually help?" -> treatment (antibiotics; one question)
    // "can I pass it to my husband?" -> susceptibility (contagious)
    subject: 'chronic lyme - long term antibiotics?',
    message:
      "I was bitten by a tick 2 years ago and treated for Lyme disease with 3 weeks of doxycycline. I still have joint pain and terrible fatigue. A 'Lyme literate' doctor I found online says I need months of IV antibiotics. My infectious disease doctor says more antibiotics won't help and the infection is gone. Who do I believe? Do long term antibiotics actually help? And can I pass it to my husband?",
    focus: 'Lyme disease',
    types: ['treatment', 'susceptibility'],
  },
  {
    // "is there really a link between raynauds and scleroderma" -> association (link between two conditions)
    // "should i have the blood tests" -> diagnosis (testing for scleroderma)
    message:
      'my fingers go white then blue every time its cold. one doctor said its just raynauds and nothing to worry about, the other one said raynauds can be the first sign of scleroderma and wants to do blood tests. is there really a link between raynauds and scleroderma. should i have the blood tests or is it a waste of time',
    focus: 'Raynaud phenomenon',
    types: ['association', 'diagnosis'],
  },
  {
    // "Is it the statin?" -> side_effects (whether the pain comes from the medicine)
    // "is it dangerous to just stop like that?" -> drug_usage (stopping)
    // "is that a problem with atorvastatin?" (grapefruit) -> interactions (food)
    message:
      "My dad (70) has had aching legs since starting atorvastatin 40mg. The GP says statins rarely cause muscle pain and it's just his age. The pharmacist said muscle pain is a well known side effect and he should go back to the GP. He has now stopped taking it on his own! Is it the statin? Is it dangerous to just stop like that? Also he has half a grapefruit most mornings, is that a problem with atorvastatin?",
    focus: 'atorvastatin',
    types: ['side_effects', 'drug_usage', 'interactions'],
  },
  {
    // "which one is right??" (can she take it with asthma) -> contraindications (who should not take it)
    message:
      'the advil box says ask a doctor first if you have asthma and my friend says asthmatics should never take it. my doctor told me its fine for my period pain, my asthma is mild. which one is right??',
    focus: 'advil',
    types: ['contraindications'],
  },
  {
    // "Fridge or not??" / "can I keep it for next time ... or do I throw it out?" -> storage_disposal (storing, throwing away)
    // "can I give it with his ibuprofen for the fever" -> interactions (other medicine)
    subject: 'amoxicillin fridge?',
    message:
      "pharmacist said to keep my son's amoxicillin liquid in the fridge, but the label on the bottle says store below 25C and my mother in law swears the fridge ruins it. Fridge or not?? And there's loads left over after the 7 days, can I keep it for next time he's ill or do I throw it out? can I give it with his ibuprofen for the fever",
    focus: 'amoxicillin',
    types: ['storage_disposal', 'interactions'],
  },
  {
    // "whos right, can he just stop?" -> drug_usage (stopping)
    // "is that the steroids" -> side_effects (whether hunger comes from the medicine)
    message:
      'my 8yo got a 5 day course of prednisolone after an asthma attack. the hospital said just stop after day 5 but our GP said you should always taper steroids. whos right, can he just stop? hes also eating everything in sight, is that the steroids',
    focus: 'prednisolone',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "Which is true?" (1 in 100 or higher for the next baby) -> inheritance (chance next baby has it)
    // "What's a translocation" -> genetic_changes (the chromosome change)
    // "does it mean one of us carries it?" -> inheritance (carriers; same type)
    message:
      "Our daughter was born 3 weeks ago with Down syndrome. The hospital paediatrician said the chance of it happening again is about 1 in 100. The genetics doctor said we need a chromosome test first because if it's a translocation the chance could be much higher. Which is true? What's a translocation and does it mean one of us carries it?",
    focus: 'Down syndrome',
    types: ['inheritance', 'genetic_changes'],
  },
  {
    // "Which is it?" (won't live past 2 vs sitting and walking) -> prognosis (life expectancy, walking)
    // "Should we push for Zolgensma or is Spinraza just as good?" -> treatment (therapies)
    subject: 'SMA type 1 - conflicting outlook',
    message:
      'Our son was diagnosed with SMA type 1 at 6 weeks old. The first doctor at our local hospital told us to prepare ourselves for him not living past 2. At the specialist centre they said with the new treatments many children are now sitting and some even walking. Which is it? Should we push for Zolgensma or is Spinraza just as good?',
    focus: 'SMA type 1',
    types: ['prognosis', 'treatment'],
  },
  {
    // "am I a carrier or not, which doctor is right?" / "what are the chances my daughter is a carrier?" -> inheritance (carriers)
    // "can it affect my own heart?" -> complications (heart damage in a carrier)
    message:
      "My son has Duchenne muscular dystrophy. One doctor said it was probably a new mutation and I'm not a carrier, another said most mothers are carriers and I should be tested. So am I a carrier or not, which doctor is right? I also have a younger daughter, what are the chances she is a carrier? And if I am one, can it affect my own heart?",
    focus: 'Duchenne muscular dystrophy',
    types: ['inheritance', 'complications'],
  },
  {
    // "Who do I listen to?" (exercise vs rest) -> lifestyle (exercise)
    // "does it get worse with age or not" -> prognosis (course)
    message:
      "I was diagnosed with fibromyalgia in March. My rheumatologist keeps telling me exercise is the best thing I can do, but my physio says rest and pace myself because I crash for days after a workout. Who do I listen to? And someone in my support group says it gets worse with age, my doctor says it doesn't progress, does it get worse with age or not",
    focus: 'fibromyalgia',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "Can he swim or not?" -> lifestyle (sports)
    // "Should his little brother be checked too?" -> diagnosis (screening a sibling)
    message:
      "My 12 year old was diagnosed with long QT syndrome (type 1) and is on nadolol. The cardiologist at our local hospital said no swimming ever. The electrophysiologist at the children's hospital said swimming is ok with supervision now that he's on the beta blocker. He is on the swim team and heartbroken. Can he swim or not? Should his little brother be checked too?",
    focus: 'long QT syndrome',
    types: ['lifestyle', 'diagnosis'],
  },
  {
    // "Which is right?" (augmentation infusions or not) -> treatment (therapy)
    // "Alpha-1 can damage the liver too ... is that true?" -> complications (liver damage)
    message:
      "I'm 45 and found out I have alpha-1 antitrypsin deficiency (ZZ) after getting short of breath. My lung doctor wants to start me on augmentation therapy, weekly infusions. A second pulmonologist said the evidence for the infusions is weak and not worth it. Which is right? Also my GP said Alpha-1 can damage the liver too, not just the lungs, is that true?",
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['treatment', 'complications'],
  },
  {
    // "Should I go gluten free?" -> lifestyle (diet)
    // "Is there any link between Hashimoto's and celiac?" -> association (link between two conditions)
    subject: "Hashimoto's and gluten",
    message:
      "A naturopath told me going gluten free will cure my Hashimoto's disease and get my antibodies down. My endocrinologist says there's no evidence for that and to just keep taking my levo. On the forums people say both. Should I go gluten free? Is there any link between Hashimoto's and celiac?",
    focus: "Hashimoto's disease",
    types: ['lifestyle', 'association'],
  },
];
