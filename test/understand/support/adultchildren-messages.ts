/**
 * "adultchildren" set. Messages from older parents about their adult sons and daughters with a condition: care
 * when the parents are gone, living independently, medicines, outlook, services for adults. Written by someone
 * who had read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.909). Scored by adultchildren.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --adultchildren --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const ADULTCHILDREN_MESSAGES: ConsumerMessage[] = [
  // why: "how long do people with Down syndrome usually live" asks only the outlook (prognosis); the planning is story
  {
    subject: 'life expectancy down syndrome',
    message:
      'I am 79 and my daughter is 52 and has Down syndrome. She still lives with me. How long do people with Down syndrome usually live these days? I need to plan for what happens to her when I am gone.',
    focus: 'Down syndrome',
    types: ['prognosis'],
  },
  // why: living on his own with the food issues is daily life (lifestyle); an association of PWS families to advise is a patient organization (find_specialist)
  {
    message:
      'my son is 34 with prader willi syndrome. my husband and i are both in our 70s now and we cant keep doing this forever. is it realistic for someone with prader willi syndrome to live on his own, with the food seeking and all? and is there an association for PWS families that could advise us about housing for him',
    focus: 'prader willi syndrome',
    types: ['lifestyle', 'find_specialist'],
  },
  // why: restarting after missed doses is how to take the medicine (drug_usage)
  {
    subject: 'missed clozapine doses',
    message:
      'Our son (41) has schizophrenia and has been on clozapine for years. He stayed with his sister over the weekend and forgot his tablets for two days. Can he just go back to his usual dose tonight or does he need to do something different?',
    focus: 'clozapine',
    types: ['drug_usage'],
  },
  // why: carrier/chance her baby has it is inheritance; whether the sister should be tested is diagnosis; what happens to men as they age is prognosis
  {
    message:
      'Good afternoon. Our son is 38 and has fragile X syndrome. He is a gentle soul and works a few hours a week at a garden centre. His younger sister is now planning to start a family. Could she be a carrier of fragile X, and what is the chance her baby would have it? Should she get tested before she gets pregnant? And one more thing we worry about: what happens to men with fragile X syndrome as they get older? We are 70 and 73 and want to know what his future looks like.',
    focus: 'fragile X syndrome',
    types: ['inheritance', 'diagnosis', 'prognosis'],
  },
  // why: whether an adult can hold down a job is work/daily life (lifestyle)
  {
    message:
      'Can an adult with Williams syndrome hold down a regular job? Our daughter is 26 and she is desperate to work like her friends.',
    focus: 'Williams syndrome',
    types: ['lifestyle'],
  },
  // why: "does CP get worse with age" is prognosis; "what can be done for his stiffness and pain" is treatment
  {
    subject: 'Adult son with CP - walking worse',
    message:
      'My son is 44 and has cerebral palsy. He always walked with a frame but in the last two years he has fallen a lot and now mostly uses a chair. Does cerebral palsy get worse with age? I thought it was supposed to stay the same. And what can be done for the stiffness and the pain in his hips?',
    focus: 'cerebral palsy',
    types: ['prognosis', 'treatment'],
  },
  // why: whether her sleepiness comes from baclofen is side_effects; wine with it is interactions
  {
    message:
      'My daughter is 30, she has CP and takes baclofen 3 times a day. Lately shes very sleepy all afternoon, could that be the baclofen? also is it ok for her to have a glass of wine at family dinners when shes on it',
    focus: 'baclofen',
    types: ['side_effects', 'interactions'],
  },
  // why: life expectancy now is prognosis; whether it always affects the heart is complications; trials for adults is research
  {
    subject: 'Duchenne in adulthood',
    message:
      'When our son was diagnosed with Duchenne at 5, the doctor told us he would not live past his teens. He is now 27, using a ventilator at night, and has a degree in computing. What is the life expectancy now for men with Duchenne? His cardiologist mentioned cardiomyopathy at the last visit. Does Duchenne always end up affecting the heart? And are there any clinical trials that take adults? Everything we find is for little boys.',
    focus: 'Duchenne',
    types: ['prognosis', 'complications', 'research'],
  },
  // why: only asks where to find an adult epilepsy clinic (find_specialist)
  {
    message:
      'looking for an adult epilepsy clinic for our daughter who is 30. her childrens neurologist retired and nobody will take her on',
    focus: 'epilepsy',
    types: ['find_specialist'],
  },
  // why: safe in pregnancy is contraindications; whether she should stop it now is drug_usage (stopping)
  {
    message:
      'Our daughter is 29, has epilepsy and has taken Depakote since she was a teenager. She just told us she and her partner want a baby. Is Depakote safe in pregnancy? Should she stop taking it now before she tries?',
    focus: 'Depakote',
    types: ['contraindications', 'drug_usage'],
  },
  // why: the chance that his children will get it is inheritance
  {
    subject: 'grandchildren',
    message:
      "Our son was diagnosed with Huntington's disease last month, he is 40. His two children are 14 and 16. What are the chances they will get it too?",
    focus: "Huntington's disease",
    types: ['inheritance'],
  },
  // why: whether adults can be assessed for autism is diagnosis; who does the assessment is find_specialist
  {
    message:
      'Our son is 31. We always knew he was different but back in the 90s nobody said the word autism. He still lives with us and struggles with work and people. Can an adult still be tested for autism at his age? Who would do that kind of assessment for a grown man?',
    focus: 'autism',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: whether to go back on the diet is lifestyle; whether her mood and concentration problems come from being off treatment is complications; other treatment besides diet is treatment
  {
    subject: 'PKU and going back on diet as adult',
    message:
      "Our daughter is 35 and has PKU. She went off the diet as a teenager like a lot of them did and nobody followed her after the children's clinic. Does an adult with PKU really need to be back on the low protein diet? She has had trouble concentrating and low mood for years - can high levels do that to an adult brain? Is there any treatment for adults besides the diet? We are in our late 60s and worry about who will keep an eye on her.",
    focus: 'PKU',
    types: ['lifestyle', 'complications', 'treatment'],
  },
  // why: outlook for adults is prognosis; whether it causes diabetes later is complications
  {
    message:
      'Our daughter has cystic fibrosis and just turned 40. When she was born we were told she might reach her teens. What is the outlook now for adults with cystic fibrosis? Can it cause diabetes as they get older?',
    focus: 'cystic fibrosis',
    types: ['prognosis', 'complications'],
  },
  // why: grapefruit juice with the medicine is interactions; what to do when a dose is forgotten is drug_usage
  {
    message:
      "hello, our son takes ivacaftor for his CF, he's 36 and lives on his own now. can he take his ivacaftor with his grapefruit juice in the morning? and what should he do if he forgets the morning dose and remembers in the evening",
    focus: 'ivacaftor',
    types: ['interactions', 'drug_usage'],
  },
  // why: "does sickle cell get worse with age" is prognosis; keeping crises from happening is prevention
  {
    subject: 'son moving away',
    message:
      'Our son is 37 with sickle cell disease and he is moving across the country for a job. We have always been the ones to take him to hospital during a crisis. Does sickle cell get worse as you get older? What can he do to keep the crises from happening when we are not there?',
    focus: 'sickle cell',
    types: ['prognosis', 'prevention'],
  },
  // why: whether hydroxyurea makes a man infertile is a side effect question
  {
    message: 'is it true hydroxyurea can make a man infertile?? our son is 33 and wants kids with his wife',
    focus: 'hydroxyurea',
    types: ['side_effects'],
  },
  // why: problems to watch for as she ages is complications; an adult clinic is find_specialist; whether her baby could have it is inheritance
  {
    message:
      'My daughter with spina bifida is 42 and uses a wheelchair. She lives alone in an adapted flat and is very independent, but I am 80 and I worry. What health problems should we watch for as adults with spina bifida get older - her kidneys, her shunt? Is there an adult spina bifida clinic anywhere in the Midwest? She is also talking about having a baby. Could her baby be born with spina bifida too?',
    focus: 'spina bifida',
    types: ['complications', 'find_specialist', 'inheritance'],
  },
  // why: treatments for her worsening problems is treatment; new medicine studies is research; normal lifespan is prognosis
  {
    subject: 'Rett syndrome - our daughter is 28',
    message:
      'Our daughter is 28 and has Rett syndrome. Her scoliosis and her breathing spells are worse this year. What treatments are there for women with Rett syndrome at this age? We have read about research into new medicines, are there studies that include adult women and not just little girls? And is it true that women with Rett can have a near normal lifespan? We are both over 65 and need to think about her future.',
    focus: 'Rett syndrome',
    types: ['treatment', 'research', 'prognosis'],
  },
  // why: "what can help her sleep" asks only about treatment
  {
    message:
      'our 30 yr old daughter with angelman syndrome sleeps maybe 4 hours a night and we are exhausted, my husband is 72. what can help her sleep',
    focus: 'angelman syndrome',
    types: ['treatment'],
  },
  // why: whether the kidney tumors can bleed or turn to cancer is complications; how often to scan is diagnosis (screening)
  {
    message:
      'Our son is 36 and has tuberous sclerosis. His doctor says the kidney tumours (angiomyolipomas) need watching. Can they bleed or turn into cancer? How often should he be having scans?',
    focus: 'tuberous sclerosis',
    types: ['complications', 'diagnosis'],
  },
  // why: what it is used for is indication; mouth sores is side_effects; grapefruit is interactions
  {
    subject: 'Afinitor questions',
    message:
      "The specialist wants to start our son (36, TSC) on Afinitor. What is Afinitor actually used for in tuberous sclerosis? Does it cause mouth sores? I read somewhere he can't have grapefruit with it, is that right?",
    focus: 'Afinitor',
    types: ['indication', 'side_effects', 'interactions'],
  },
  // why: "is there any treatment" asks treatment only; the wheelchair is story
  {
    message:
      "Our daughter is 31 and has Friedreich's ataxia. She has used a wheelchair since 24 and now her speech is going. Is there any treatment at all? We read about a new medicine but don't know if it's real.",
    focus: "Friedreich's ataxia",
    types: ['treatment'],
  },
  // why: whether schizophrenia is linked to 22q is association; which doctor to see is find_specialist
  {
    message:
      'Our son has 22q (DiGeorge) and he is 24. Over the last few months he has started hearing voices and is very suspicious of us. Is schizophrenia linked to 22q? Who should he be seeing - a regular psychiatrist or somebody at a genetics clinic who knows 22q?',
    focus: '22q',
    types: ['association', 'find_specialist'],
  },
  // why: what checkups an adult needs is diagnosis (screening); whether estrogen is still needed is treatment
  {
    message:
      'my daughter is 39 with turner syndrome. she stopped going to any doctor after she left the childrens hospital. what checkups does a grown woman with turner syndrome need, heart scans? and does she still need to take estrogen at her age',
    focus: 'turner syndrome',
    types: ['diagnosis', 'treatment'],
  },
  // why: "can you develop it at 42" asks who is at risk by age (susceptibility)
  {
    subject: 'diabetes at 42??',
    message:
      "Our son was just told he has type 1 diabetes at age 42. We thought type 1 diabetes was a children's disease. Can grown adults really develop it?",
    focus: 'type 1 diabetes',
    types: ['susceptibility'],
  },
  // why: whether the son passed it to the baby is inheritance; whether the daytime sleeping is part of it is symptoms
  {
    message:
      'Our son is 45 and has myotonic dystrophy, diagnosed only three years ago. His baby daughter was born floppy and is in intensive care and now the doctors are testing her for it. Could our son have passed myotonic dystrophy to his baby? Also he sleeps most of the day - is that part of the disease or is he just depressed?',
    focus: 'myotonic dystrophy',
    types: ['inheritance', 'symptoms'],
  },
  // why: whether behavior calms with age is prognosis; a family support organization is find_specialist; how rare it is is frequency
  {
    subject: 'Smith-Magenis syndrome - what happens when we die',
    message:
      'We are 74 and 77 and our son is 33 with Smith-Magenis syndrome. He still has outbursts, hits himself and wakes at 3 every morning. We love him dearly but we are worn out, and our biggest fear is what happens to him when we are gone. Does the behaviour in Smith-Magenis syndrome calm down as adults get older? Is there a support organization for families of adults that could help us plan? How rare is it - we have never met another family.',
    focus: 'Smith-Magenis syndrome',
    types: ['prognosis', 'find_specialist', 'frequency'],
  },
  // why: lifting weights at the gym is exercise (lifestyle)
  {
    message: "can my son lift weights at the gym with marfan syndrome. he's 35 and won't listen to us",
    focus: 'marfan syndrome',
    types: ['lifestyle'],
  },
  // why: "what is Noonan syndrome exactly" asks for an overview (information)
  {
    message:
      'Our grandson was diagnosed with Noonan syndrome and then the geneticist tested our son, who is 45, and he has it too. He was always short and had heart surgery as a child but no one ever gave it a name. What is Noonan syndrome exactly?',
    focus: 'Noonan syndrome',
    types: ['information'],
  },
  // why: "did we cause it / what causes it" is cause; whether the cannabis caused it is a named exposure asked as cause (association)
  {
    message:
      "Our son's schizophrenia started when he was 19, he is 38 now. My wife still blames herself. What actually causes schizophrenia? Was it the cannabis he smoked with his friends in college?",
    focus: 'schizophrenia',
    types: ['cause', 'association'],
  },
  // why: CMT genes is genetic_changes; whether testing him now is worthwhile is diagnosis
  {
    message:
      'Our son is 40 and has Charcot-Marie-Tooth. He was diagnosed by nerve tests in the 80s and no one ever told us which type. Which genes cause CMT? Is it worth getting him a genetic test now at his age?',
    focus: 'Charcot-Marie-Tooth',
    types: ['genetic_changes', 'diagnosis'],
  },
  // why: kidney numbers from lithium is side_effects; whether she should stop it is drug_usage; ibuprofen with it is interactions
  {
    message:
      'My daughter is 44 and has bipolar disorder, she has been on lithium for twenty years and it has kept her well. Now her blood tests show her kidney numbers going down. Is that from the lithium? Should she stop taking it? And she has a bad back, is it ok for her to take ibuprofen with lithium?',
    focus: 'lithium',
    types: ['side_effects', 'drug_usage', 'interactions'],
  },
  // why: weight gain from the medicine is side_effects
  {
    message: 'risperidone weight gain?? son 28 autism gained 20 kg since starting it',
    focus: 'risperidone',
    types: ['side_effects'],
  },
  // why: whether it contains THC is ingredients; Medicaid coverage is other
  {
    subject: 'Epidiolex and group home',
    message:
      'Our son lives in a group home and the neurologist wants to try Epidiolex for his seizures. The home has a strict no cannabis rule. Does Epidiolex contain THC? Will Medicaid pay for it for an adult?',
    focus: 'Epidiolex',
    types: ['ingredients', 'other'],
  },
  // why: whether the seizures will stop is prognosis; treatments for adults is treatment; SUDEP risk is complications
  {
    message:
      'Our son is 39 with Lennox-Gastaut syndrome and lives in a group home near us. He still has drop seizures most days despite four medicines. Will his seizures ever stop, or does Lennox-Gastaut stay like this for life? What treatments are there now for adults, surgery or the nerve stimulator? The staff mentioned SUDEP and we were frightened, how big is that danger for him?',
    focus: 'Lennox-Gastaut syndrome',
    types: ['prognosis', 'treatment', 'complications'],
  },
  // why: the clinical trials question is research only
  {
    message:
      'Our son is 30 and has Usher syndrome type 2. He was born hard of hearing and now he is losing his sight too. Are there any clinical trials for Usher syndrome he could join?',
    focus: 'Usher syndrome',
    types: ['research'],
  },
  // why: fridge storage and how long an opened pen lasts are storage questions
  {
    subject: 'insulin in supported living',
    message:
      "Our daughter (34) has a learning disability and type 1 diabetes and is moving into supported living. Does her insulin have to stay in the fridge? How long is a pen good for once it's opened?",
    focus: 'insulin',
    types: ['storage_disposal'],
  },
  // why: whether Down syndrome brings early Alzheimer's is a link between two conditions (association); how dementia is tested is diagnosis; slowing it is treatment
  {
    message:
      "Our son is 50 and has Down syndrome. Over the last year he has become forgetful, lost interest in his day centre and gets lost in the house he grew up in. Is it true that people with Down syndrome get Alzheimer's much earlier than others? How do doctors test for dementia in someone who could never do the usual memory tests? Is there anything that slows it down? We are in our 80s and this is breaking our hearts.",
    focus: 'Down syndrome',
    types: ['association', 'diagnosis', 'treatment'],
  },
  // why: "what is Abilify used for" asks indication only
  {
    message:
      'what is abilify used for? the group home doctor put my son on it (29, autism) and nobody told us why',
    focus: 'abilify',
    types: ['indication'],
  },
];
