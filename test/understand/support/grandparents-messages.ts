/**
 * "grandparents" set. Messages from grandparents about a grandchild's condition: what it is, whether it came
 * from their side of the family, how to help, what to expect. Written by someone who had read neither the
 * understanding or retrieval code nor any earlier set, following the labeling guide (src/understand/README.md)
 * and checking only that each focus is a name the knowledge base holds. Scored once, before any change made for
 * it (focus 1.000, type F1 0.890). Scored by grandparents.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --grandparents --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const GRANDPARENTS_MESSAGES: ConsumerMessage[] = [
  // why: "could you tell me what it actually is" asks what the condition is (information)
  {
    subject: 'Our new grandson',
    message:
      'Dear Sir or Madam, my daughter telephoned last night to say the doctors believe our new grandson, born on Tuesday, has Down syndrome. I am 74 and I confess I know very little about it beyond what one heard in my day. Could you kindly tell me what it actually is? With kind regards, Margaret Hollis',
    focus: 'Down syndrome',
    types: ['information'],
  },
  // why: "is there any treatment these days" asks treatment; "will she ever be able to sit up on her own" asks the outlook (prognosis)
  {
    message:
      'Our granddaughter Ellie is 9 months old and has just been diagnosed with spinal muscular atrophy. My husband and I are beside ourselves, she is such a smiley little thing. Is there any treatment these days, and will she ever be able to sit up on her own?',
    focus: 'spinal muscular atrophy',
    types: ['treatment', 'prognosis'],
  },
  // why: "how can he have it ... did one of us pass it down" asks inheritance; "how long do children with it live" asks prognosis; "will he need a special diet" asks lifestyle
  {
    message:
      'Hello. Our grandson tested positive for cystic fibrosis on the heel prick test. My son says neither he nor his wife has it, so how can the baby have it if neither parent is ill? Does it mean one of us grandparents passed it down? How long do children with it live nowadays? And will he need a special diet, as we do a lot of his meals while his parents work?',
    focus: 'cystic fibrosis',
    types: ['inheritance', 'prognosis', 'lifestyle'],
  },
  // why: "could I be a carrier" asks whether it came down through her (inheritance)
  {
    subject: 'Is it from my side?',
    message:
      'My grandson Tom (4) was diagnosed with Duchenne muscular dystrophy last week. The doctor said it usually comes through the mother. My daughter is his mother, so I cannot stop wondering whether it came from me. Could I be a carrier?',
    focus: 'Duchenne muscular dystrophy',
    types: ['inheritance'],
  },
  // why: "does he have to take it on Saturdays and Sundays too" asks how to take the medicine (drug_usage); "can it stunt his growth" asks a side effect
  {
    message:
      'grandson aged 8 has been put on Ritalin for his ADHD. he stays with us most weekends. does he have to take it on saturdays and sundays too or is it only for school days? also can it stunt his growth, my neighbour says it does',
    focus: 'Ritalin',
    types: ['drug_usage', 'side_effects'],
  },
  // why: "what food can she have and what must we avoid" asks about her diet (lifestyle)
  {
    message:
      'Good afternoon. Our little granddaughter was found to have phenylketonuria from the newborn blood spot test. We look after her every Wednesday and would like to do it properly. What food can she have, and what must we avoid giving her?',
    focus: 'phenylketonuria',
    types: ['lifestyle'],
  },
  // why: "what brings the crises on" asks cause (triggers of attacks); "anything we can do to stop them happening" asks prevention of crises
  {
    subject: 'sickle cell - grandson',
    message:
      'My grandson Kwame is 2 and has sickle cell disease. When he has a crisis he cries and cries with the pain and it breaks my heart. What brings the crises on, and is there anything we can do to stop them happening?',
    focus: 'sickle cell disease',
    types: ['cause', 'prevention'],
  },
  // why: "can she still go on competing" asks lifestyle (sport); "what causes it" asks cause; "is there a cure" asks treatment
  {
    message:
      'Our granddaughter is 14 and was diagnosed with type 1 diabetes in March. She is a keen swimmer and trains four mornings a week. Can she still go on competing? What causes it? Her grandad is convinced it was all the sweets I spoiled her with and I feel dreadful. And is there a cure, or is it injections for life?',
    focus: 'type 1 diabetes',
    types: ['lifestyle', 'cause', 'treatment'],
  },
  // why: "is it hereditary" and the worry about her expecting daughter both ask inheritance (one question)
  {
    message:
      'Please could you tell me whether Prader-Willi syndrome is hereditary? Our grandson has it and my younger daughter is now expecting her first.',
    focus: 'Prader-Willi syndrome',
    types: ['inheritance'],
  },
  // why: "will she ever speak" asks prognosis; "is there any research going on into a treatment" asks research
  {
    subject: 'Angelman',
    message:
      'Our granddaughter Rosie has Angelman syndrome. She is three, the happiest child you ever met, but not talking yet. Will she ever speak? Is there any research going on into a treatment?',
    focus: 'Angelman syndrome',
    types: ['prognosis', 'research'],
  },
  // why: "is this the same thing passing down the family" asks inheritance; "can he play football" asks lifestyle; "what do we do if he bumps his head" asks managing it (treatment)
  {
    message:
      'My grandson has haemophilia. I am told now that my own father had a "bleeding problem", though nobody gave it a name in those days. Is this the same thing passing down the family? Can the boy play football with the other lads? And what should we do if he falls and bumps his head while we are minding him?',
    focus: 'haemophilia',
    types: ['inheritance', 'lifestyle', 'treatment'],
  },
  // why: "what other health problems can it bring" asks complications
  {
    message:
      'We have been told our granddaughter has Williams syndrome and they are checking her heart next month. Apart from the heart, what other health problems can it bring?',
    focus: 'Williams syndrome',
    types: ['complications'],
  },
  // why: "should my other grandchildren be tested" asks whether relatives should be tested (diagnosis); "how common is it" asks frequency
  {
    message:
      'My grandson has fragile X syndrome, diagnosed after years of us all saying something was not quite right. I have five other grandchildren. Should they be tested as well? And how common is it? None of my friends has ever heard of it.',
    focus: 'fragile X syndrome',
    types: ['diagnosis', 'frequency'],
  },
  // why: "could that be what he has" asks whether his signs could be the condition (diagnosis)
  {
    message:
      "My grandson is 6 and has six or seven coffee-coloured patches on his back and tummy. His mum says they are only birthmarks, but I read about neurofibromatosis type 1 in a magazine at the doctor's. Could that be what he has?",
    focus: 'neurofibromatosis type 1',
    types: ['diagnosis'],
  },
  // why: "is it something that runs in families" asks inheritance; "should he get checked" asks whether a relative should be tested (diagnosis)
  {
    message:
      'Our granddaughter had fits at 4 months old and the scans found tuberous sclerosis complex. Is it something that runs in families? My son (her dad) has had odd little bumps on his nose and cheeks since he was a teenager. Should he get checked?',
    focus: 'tuberous sclerosis complex',
    types: ['inheritance', 'diagnosis'],
  },
  // why: "what causes it" asks cause; "will she lose more skills" asks prognosis; "any support groups for grandparents" asks find_specialist
  {
    message:
      'Dear team, our granddaughter Isla is 2 and has been diagnosed with Rett syndrome. She was doing so well until about 18 months, then she stopped using her hands and lost the few words she had. What causes it? Will she lose more skills as she gets older? Are there any support groups for grandparents? We want to be useful, not in the way.',
    focus: 'Rett syndrome',
    types: ['cause', 'prognosis', 'find_specialist'],
  },
  // why: "how did he get it if it is supposed to be inherited" asks how it runs in families (inheritance)
  {
    message:
      'Our grandson was born last month with achondroplasia. Nobody on either side of the family is short, we are all tall people. How did he get it if it is supposed to be inherited?',
    focus: 'achondroplasia',
    types: ['inheritance'],
  },
  // why: "how should I pick her up safely" asks daily care (lifestyle); "medicines that make the bones stronger" asks treatment
  {
    subject: 'brittle bones',
    message:
      'My granddaughter has brittle bone disease, osteogenesis imperfecta the doctors call it. She has broken her arm twice already and she is only 18 months. How should I pick her up and bath her safely? Are there any medicines that make the bones stronger?',
    focus: 'osteogenesis imperfecta',
    types: ['lifestyle', 'treatment'],
  },
  // why: "what does the operation involve" asks about the surgery (treatment)
  {
    message:
      "Our grandson's head has always been a funny shape and now they say it is craniosynostosis and he needs an operation before he is one. What does the operation involve? We are very nervous.",
    focus: 'craniosynostosis',
    types: ['treatment'],
  },
  // why: "will he be able to go to the toilet normally when he is older" asks prognosis; "did my daughter do something wrong to cause it" asks cause
  {
    message:
      "Good morning, my grandson is 3 weeks old and has had surgery for Hirschsprung's disease. Will he be able to go to the toilet normally when he is older? My daughter keeps asking herself whether she did something wrong in the pregnancy to cause it.",
    focus: "Hirschsprung's disease",
    types: ['prognosis', 'cause'],
  },
  // why: "what damage can it do to the heart" asks complications; "what causes it" asks cause; "is it catching" asks susceptibility
  {
    message:
      'Our grandson aged 3 spent a week in hospital with Kawasaki disease: the red eyes, the cracked lips, the peeling fingers, the lot. The hospital say they will keep checking his heart. What damage can it do to the heart? What causes it in the first place? And is it catching? His baby sister was with him the whole time.',
    focus: 'Kawasaki disease',
    types: ['complications', 'cause', 'susceptibility'],
  },
  // why: "anywhere in the country that specialises in it" asks for an expert center (find_specialist)
  {
    subject: 'Specialist for EB?',
    message:
      'Our new granddaughter has epidermolysis bullosa. Her skin blisters at the slightest touch and the local hospital, bless them, seem out of their depth. Is there anywhere in the country that specialises in it?',
    focus: 'epidermolysis bullosa',
    types: ['find_specialist'],
  },
  // why: "could it be Marfan syndrome" asks whether his signs could be it (diagnosis); "should he stop playing rugby" asks lifestyle
  {
    message:
      'Grandson is 15, very tall and thin with long fingers and needs strong glasses. His grandfather was just the same and died young of a heart problem. Could it be Marfan syndrome? And should he stop playing rugby until we know?',
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: "will growth hormone injections help her grow taller" asks treatment
  {
    subject: "Turner's",
    message:
      'Our granddaughter, 11, has just been found to have Turner syndrome after years of being much smaller than her friends. Will the growth hormone injections they mentioned help her grow taller?',
    focus: 'Turner syndrome',
    types: ['treatment'],
  },
  // why: "what is it exactly" asks information; "how many boys have it" asks frequency; "is there treatment he will need" asks treatment
  {
    message:
      'My grandson is 16 and has been diagnosed with Klinefelter syndrome. He is very embarrassed and will not talk about it with any of us. What is it exactly? How many boys have it? Is there treatment he will need?',
    focus: 'Klinefelter syndrome',
    types: ['information', 'frequency', 'treatment'],
  },
  // why: "will she always have to be off milk" asks about her diet (lifestyle); "is this the same as lactose intolerance" asks what each is (information)
  {
    message:
      'Our granddaughter was very poorly at a week old and they found galactosemia. My daughter had to stop breastfeeding, which upset her terribly. Will the little one always have to be off milk? And is this the same thing as lactose intolerance? My sister has that.',
    focus: 'galactosemia',
    types: ['lifestyle', 'information'],
  },
  // why: "how long do children with it live" asks life expectancy (prognosis)
  {
    subject: 'Tay-Sachs',
    message:
      'Our grandson has been diagnosed with Tay-Sachs disease. The doctors are kind but they talk around it. I would rather know the truth. How long do children with Tay-Sachs disease usually live?',
    focus: 'Tay-Sachs disease',
    types: ['prognosis'],
  },
  // why: "mustn't have certain antibiotics with it" asks interactions of the medicine; "does methotrexate make children sick" asks side_effects
  {
    message:
      'Our granddaughter, 7, has juvenile idiopathic arthritis and has started on methotrexate once a week. Her mother mentioned she must not have certain antibiotics with it. Is that right? And does methotrexate make children feel sick? She was very off colour the day after.',
    focus: 'methotrexate',
    types: ['interactions', 'side_effects'],
  },
  // why: "is that safe" about baking gluten-free in a shared kitchen asks daily living with the diet (lifestyle)
  {
    message:
      'Grandson has coeliac disease. If I bake his birthday cake with gluten free flour but in my own kitchen where I use ordinary flour, is that safe for him?',
    focus: 'coeliac disease',
    types: ['lifestyle'],
  },
  // why: "what sets them off" asks cause (attack triggers); "will she grow out of it" asks prognosis; "a new medicine being tested" asks research
  {
    message:
      'Our granddaughter Poppy has Dravet syndrome. She is 2 and the seizures are awful, often when she is hot or running a temperature. What sets them off? Will she grow out of it? Is there a new medicine being tested that we could ask her doctors about?',
    focus: 'Dravet syndrome',
    types: ['cause', 'prognosis', 'research'],
  },
  // why: "is there a genetic test to be sure" asks diagnosis; "could it be from me" asks inheritance
  {
    message:
      "Our grandson's doctor says he may have Noonan syndrome because of his heart murmur and his wide-set eyes. Is there a genetic test to be sure? I have wide-set eyes myself and was always small. Could it have come from me?",
    focus: 'Noonan syndrome',
    types: ['diagnosis', 'inheritance'],
  },
  // why: "what is the outlook for her" asks prognosis
  {
    subject: '22q',
    message:
      'My granddaughter was found to have 22q11.2 deletion syndrome after her heart surgery. She is doing well now, thank God. What is the outlook for her as she grows up?',
    focus: '22q11.2 deletion syndrome',
    types: ['prognosis'],
  },
  // why: "will he keep his sight" asks prognosis; "should his baby brother have his eyes checked" asks whether a relative should be tested (diagnosis)
  {
    message:
      'Our grandson has retinoblastoma in both eyes and the doctors are talking about chemotherapy. Will he keep his sight? And should his baby brother have his eyes checked too?',
    focus: 'retinoblastoma',
    types: ['prognosis', 'diagnosis'],
  },
  // why: "what are her chances of coming through it" asks prognosis; "could the power lines have caused it" asks about a named exposure as cause (association); "will she have to have the kidney taken out" asks treatment
  {
    message:
      'My granddaughter, 4, has a Wilms tumour in her left kidney. What are her chances of coming through it? We live near big power lines and I cannot stop thinking, could they have caused it? Will she have to have the whole kidney taken out?',
    focus: 'Wilms tumour',
    types: ['prognosis', 'association', 'treatment'],
  },
  // why: "what actually is wrong with his heart" asks information; "will he be able to lead a normal life" asks prognosis; "a charity that helps families" asks find_specialist
  {
    subject: "Baby grandson's heart",
    message:
      'Dear Sirs, our baby grandson was born with hypoplastic left heart syndrome and is about to have the first of three operations. What actually is wrong with his heart? After all the operations, will he be able to lead a normal life? Is there a charity that helps families like ours? We live two hours from the hospital.',
    focus: 'hypoplastic left heart syndrome',
    types: ['information', 'prognosis', 'find_specialist'],
  },
  // why: "did it happen because my daughter took paracetamol" asks about a named exposure as its cause (association)
  {
    message:
      'Our granddaughter was born with a cleft lip and palate. My daughter took paracetamol for headaches in the early weeks of the pregnancy. Did it happen because of the paracetamol?',
    focus: 'cleft lip and palate',
    types: ['association'],
  },
  // why: "what actually is it, is it the bone or the joint" asks information; "will he end up in a wheelchair" asks prognosis
  {
    subject: 'limp',
    message:
      'Grandson (6) started limping in the summer and now they have said Perthes disease. What actually is it, is it a problem of the bone or the joint? Will he end up in a wheelchair?',
    focus: 'Perthes disease',
    types: ['information', 'prognosis'],
  },
  // why: "do the games make it worse" asks what brings on the tics (cause); "will he grow out of it" asks prognosis
  {
    message:
      'My grandson has Tourette syndrome. He is 12 and the tics seem much worse after he has been on his computer games for hours. Do the games make it worse? Will he grow out of it by the time he is a man?',
    focus: 'Tourette syndrome',
    types: ['cause', 'prognosis'],
  },
  // why: "isn't that a cancer drug, why would a child need it" asks what the medicine is for (indication); "how long will he need to take it" asks drug_usage; "does it affect his fertility" asks side_effects
  {
    subject: 'hydroxyurea for a child?',
    message:
      "Our grandson with sickle cell has just been started on hydroxyurea. Isn't that a cancer drug? Why on earth would a child need it? How long will he need to take it for, and could it affect his fertility later on? We would love grandchildren from him one day.",
    focus: 'hydroxyurea',
    types: ['indication', 'drug_usage', 'side_effects'],
  },
  // why: "could the tablets be doing this" asks whether the mood change comes from the medicine (side_effects)
  {
    subject: 'Keppra and moods',
    message:
      'My 15 year old granddaughter is on Keppra for her epilepsy and since she started it she has become so snappy and tearful, not herself at all. Could the tablets be doing this to her?',
    focus: 'Keppra',
    types: ['side_effects'],
  },
];
