/**
 * "mobility" set. Messages about walking and mobility: wheelchairs, walkers, braces, falls, physiotherapy,
 * losing the ability to walk, with other questions about the condition and its medicines. Written by someone
 * who had read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 1.000, type F1 0.939). Scored by mobility.test.ts and by `npx
 * tsx test/understand/support/score-messages.ts --mobility --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const MOBILITY_MESSAGES: ConsumerMessage[] = [
  // why: asks only whether the boy will keep walking, which is the outlook (prognosis)
  {
    message: 'will my son with duchenne still be able to walk when hes a teenager',
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis'],
  },
  // why: braces for foot drop are a way of managing the condition (treatment); condition named only in the subject
  {
    subject: 'CMT and ankle braces',
    message:
      "Are there braces for foot drop that actually work? My ankles keep rolling and I've gone over twice this month.",
    focus: 'Charcot-Marie-Tooth disease',
    types: ['treatment'],
  },
  // why: whether it runs in families is inheritance; the walker is story
  {
    message: 'Is Friedreich ataxia inherited? My brother is 19 and just started using a walker.',
    focus: 'Friedreich ataxia',
    types: ['inheritance'],
  },
  // why: whether a problem (leg weakness, falls) comes from the medicine is side_effects, and the medicine is the focus
  {
    message: "Can baclofen make your legs feel weak? I've been falling a lot more since I started it.",
    focus: 'baclofen',
    types: ['side_effects'],
  },
  // why: a plain "what is it" is information
  {
    message: 'what is hereditary spastic paraplegia',
    focus: 'hereditary spastic paraplegia',
    types: ['information'],
  },
  // why: going to the gym is exercise in daily life (lifestyle)
  {
    message: 'Is it ok to go to the gym with myasthenia gravis or will it just make my legs give out worse??',
    focus: 'myasthenia gravis',
    types: ['lifestyle'],
  },
  // why: how rare it is is frequency
  {
    message:
      "How rare is fibrodysplasia ossificans progressiva? My nephew has it and now can't bend his hips to sit in a normal chair.",
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['frequency'],
  },
  // why: whether someone will walk again is prognosis; the condition is named only in the subject
  {
    subject: 'Guillain-Barre',
    message: 'my husband is paralysed from the waist down 2 weeks after a flu. will he walk again??',
    focus: 'Guillain-Barre syndrome',
    types: ['prognosis'],
  },
  // why: asks about clinical trials (research); the cane is background
  {
    message:
      'Are there any clinical trials for inclusion body myositis? I am 68 and need a cane now since my knees buckle.',
    focus: 'inclusion body myositis',
    types: ['research'],
  },
  // why: with or without food and a forgotten dose are both how to take the medicine (drug_usage), one type
  {
    message:
      'Should dalfampridine be taken with food or on an empty stomach? And what do I do if I forget one?',
    focus: 'dalfampridine',
    types: ['drug_usage'],
  },
  // why: which gene is genetic_changes
  {
    message:
      "My mum's FSHD has got to the point where her feet drag when she walks. Which gene is it that causes facioscapulohumeral muscular dystrophy?",
    focus: 'facioscapulohumeral muscular dystrophy',
    types: ['genetic_changes'],
  },
  // why: looking for a physio who knows the condition is find_specialist
  {
    message:
      'Where can I find a physio who actually knows about Ehlers-Danlos syndrome? The regular ones keep dislocating my knee lol',
    focus: 'Ehlers-Danlos syndrome',
    types: ['find_specialist'],
  },
  // why: whether anyone who had polio can get it is who is at risk (susceptibility), not family inheritance
  {
    message:
      'I had polio at age 2 and now at 61 my legs are getting weak again. Can anyone who had polio get post-polio syndrome, even if they recovered completely?',
    focus: 'post-polio syndrome',
    types: ['susceptibility'],
  },
  // why: asking for a cure is treatment
  {
    message:
      'Is there a cure for spinal muscular atrophy type 2? Our daughter is 3 and cant sit or stand without help.',
    focus: 'spinal muscular atrophy',
    types: ['treatment'],
  },
  // why: taking one medicine together with another is interactions; tizanidine is asked about first
  {
    message: 'can tizanidine and gabapentin be taken together, both are for the MS spasms in my legs',
    focus: 'tizanidine',
    types: ['interactions'],
  },
  // why: walking without the walker is prognosis; whether the surgery helps is treatment
  {
    message:
      'Our son is 6 and has spastic diplegia cerebral palsy. He wears AFOs on both legs and uses a posterior walker at school. Is he ever likely to walk without the walker? And does the SDR surgery people talk about online really help kids like him?',
    focus: 'cerebral palsy',
    types: ['prognosis', 'treatment'],
  },
  // why: PE at school is lifestyle; what pamidronate does is indication; focus is the condition asked about first
  {
    subject: 'granddaughter with brittle bones',
    message:
      'My granddaughter is 8 and has osteogenesis imperfecta. She broke her thigh for the third time this spring and has been in a wheelchair since. Can she still take part in PE at school when she is back on her feet? Also the doctors want to start pamidronate infusions - what does that actually do?',
    focus: 'osteogenesis imperfecta',
    types: ['lifestyle', 'indication'],
  },
  // why: whether it always ends in a wheelchair is the course (prognosis)
  {
    message:
      "I'm 42 and was diagnosed with MS four years ago. Lately I walk a lot slower and my neurologist suggested I try a cane. I'm scared. Does multiple sclerosis always end up with a wheelchair?",
    focus: 'multiple sclerosis',
    types: ['prognosis'],
  },
  // why: what the medicine is for and how it works is indication; the medicine is the focus
  {
    message:
      'My husband was diagnosed with ALS in March. His legs are getting weaker and he fell in the bathroom last week. The neurologist started him on riluzole. Will it help him keep walking longer? What does it actually do?',
    focus: 'riluzole',
    types: ['indication'],
  },
  // why: whether freezing belongs to the disease is symptoms; a therapy or device to help is treatment
  {
    message:
      'Hello, my father have Parkinson disease since 5 years. Now when he walk he suddenly stop, like his feet are glue to the floor, and he fall two times already. Is this freezing part of Parkinson? There is some therapy or device that can help him?',
    focus: 'Parkinson disease',
    types: ['symptoms', 'treatment'],
  },
  // why: asks why it happened (cause); the limp and brace are story
  {
    subject: 'Perthes',
    message:
      "Our 7 year old started limping in the summer and it turned out to be Legg-Calve-Perthes disease. Now he's in a brace and on crutches for who knows how long. Why does this happen? He was a totally healthy active kid.",
    focus: 'Legg-Calve-Perthes disease',
    types: ['cause'],
  },
  // why: whether stenosis is a problem the condition leads to and what happens untreated are both complications
  {
    message:
      "I'm 35 with achondroplasia. For a few months my legs go numb and my back aches if I walk more than a block or two. Is spinal stenosis common with achondroplasia? what happens if i dont get it checked",
    focus: 'achondroplasia',
    types: ['complications'],
  },
  // why: "is it the same as" is information; playing football is lifestyle
  {
    message:
      'hi im 16 and just got told i have becker muscular dystrophy after getting bad cramps after football. is becker just a milder duchenne or a totally different thing? can i keep playing football or do i have to stop',
    focus: 'Becker muscular dystrophy',
    types: ['information', 'lifestyle'],
  },
  // why: how it is tested for is diagnosis
  {
    message:
      "My GP thinks I might have Pompe disease because my hips and thighs are so weak I can barely get up the stairs, and I get out of breath lying flat. I'm 50. How do they test for it?",
    focus: 'Pompe disease',
    types: ['diagnosis'],
  },
  // why: asks for a support group (find_specialist)
  {
    message:
      "A friend of mine has myotonic dystrophy. Her ankles are weak and she trips on every kerb, and she's feeling really isolated. Is there a support group in the UK she could join?",
    focus: 'myotonic dystrophy',
    types: ['find_specialist'],
  },
  // why: stopping another attack from happening is prevention
  {
    message:
      'i had transverse myelitis last year at 28. i got most of my legs back but still use crutches for longer walks. is there anything i can do so it doesnt happen again',
    focus: 'transverse myelitis',
    types: ['prevention'],
  },
  // why: wine with the medicine is interactions; stopping it suddenly is drug_usage; the questions are about diazepam
  {
    message:
      'I have stiff person syndrome and when my legs spasm I go down like a plank. My neurologist put me on diazepam and it helps. Can I have a glass of wine with diazepam at a wedding next month? And can I just stop it if I feel better?',
    focus: 'diazepam',
    types: ['interactions', 'drug_usage'],
  },
  // why: whether the child's signs could be the condition is diagnosis
  {
    message:
      'Our daughter walked at 14 months but now at 2 and a half she wobbles, falls all the time and has stopped using her hands, she just rubs them together. Could this be Rett syndrome?',
    focus: 'Rett syndrome',
    types: ['diagnosis'],
  },
  // why: how fast it progresses is prognosis
  {
    subject: 'dad just diagnosed with PSP',
    message:
      'My dad is 70 and kept falling backwards for no reason, now they say it is progressive supranuclear palsy. He is already on a walker. How fast does it progress usually?',
    focus: 'progressive supranuclear palsy',
    types: ['prognosis'],
  },
  // why: whether carbs bring on the attacks is cause (what brings on its attacks)
  {
    message:
      "I'm 22 and have hypokalemic periodic paralysis. Twice now I woke up after a pizza and pasta night and could not move my legs to get out of bed. Can a big carb meal really trigger these episodes??",
    focus: 'hypokalemic periodic paralysis',
    types: ['cause'],
  },
  // why: trials are research, whether prednisone causes the weight is side_effects, the sister being a carrier is inheritance; focus is the condition asked about first
  {
    message:
      "I'm writing for my grandson, who is 9 and has Duchenne muscular dystrophy. He still walks around the house but we got him a wheelchair for school trips and the mall, and he hates it. My daughter is trying to stay positive but I see how tired she is. Is there anything new being tested that he might get into? He's also been on prednisone for two years and has put on so much weight - can that be the prednisone? And one more thing that worries me, his little sister is 4. Could she be a carrier like her mother?",
    focus: 'Duchenne muscular dystrophy',
    types: ['research', 'side_effects', 'inheritance'],
  },
  // why: ending up in a wheelchair is prognosis, the kids' risk from the family is inheritance, a specialist clinic is find_specialist
  {
    subject: 'Questions about Charcot-Marie-Tooth',
    message:
      'Hello, I am 45 and was diagnosed with CMT type 1A about ten years ago. I wear AFOs on both legs and have had two falls this winter on ice. I have a few questions:\n1. Will I end up in a wheelchair eventually?\n2. My two kids are 12 and 15. Are they at risk of having it too?\n3. Is there a clinic in the Midwest that specializes in CMT? My neurologist is great but says he only sees a couple of patients with it.\nThank you for your time.',
    focus: 'Charcot-Marie-Tooth disease',
    types: ['prognosis', 'inheritance', 'find_specialist'],
  },
  // why: the chance the next baby has it is inheritance; whether folic acid will stop it is prevention
  {
    message:
      "My son is 5 and was born with spina bifida (myelomeningocele). He walks short distances in KAFOs with a walker and uses his wheelchair for everything else, and honestly he is the happiest kid I know. But I just found out I'm pregnant again and I can't stop worrying. What are the chances this baby will have it too? I'm already taking folic acid, will that stop it happening?",
    focus: 'spina bifida',
    types: ['inheritance', 'prevention'],
  },
  // why: driving and going away to university are daily life (lifestyle), one type asked twice
  {
    message:
      'hey so im 17 and i have friedreich ataxia. got diagnosed at 13. im still walking but i hold onto walls a lot and my physio says i should probably think about a rollator. my cardiologist checks my heart every year which is fine i guess. anyway my mates are all learning to drive and i really want to as well. can people with FA drive?? and im supposed to go to uni in another city next year, is that even realistic or should i stay home',
    focus: 'Friedreich ataxia',
    types: ['lifestyle'],
  },
  // why: what it is compared with Duchenne is information, which gene is genetic_changes, needing a wheelchair is prognosis
  {
    message:
      "My husband has always been a bit clumsy but after years of tests he's finally been told he has limb-girdle muscular dystrophy. He's 38, he can't get up from the floor without climbing up his own legs and he's stopped going on walks with me and the dog. The only muscular dystrophy I had heard of was Duchenne. What actually is limb-girdle, and how is it different? The letter says type 2A and something about calpain - is that the gene? And I guess the big one, will he end up needing a wheelchair? He won't ask, so I'm asking.",
    focus: 'limb-girdle muscular dystrophy',
    types: ['information', 'genetic_changes', 'prognosis'],
  },
  // why: other ways to help the stiffness is treatment; weakness after the Botox is side_effects; the condition is asked about first
  {
    subject: 'HSP - stiffness and botox',
    message:
      "I was diagnosed with hereditary spastic paraplegia at 30, I'm 47 now. Walking has got harder every year, my legs feel like they're made of wood and I scissor when I'm tired. I use forearm crutches outside. I've been on baclofen for years and it takes the edge off but makes me sleepy. Is there anything else besides baclofen that can help the stiffness? Last spring I had Botox in my calves, and for about three weeks after my legs felt so weak I nearly fell on the stairs - is that normal from the Botox? I'm due for another round and I'm nervous.",
    focus: 'hereditary spastic paraplegia',
    types: ['treatment', 'side_effects'],
  },
  // why: higher risk of cancer is complications, life expectancy is prognosis, whether the red eyes belong to it is symptoms
  {
    message:
      "Our son Mateo is 8 and has ataxia-telangiectasia. He was wobbly from when he started walking and we thought he'd grow out of it. Now he uses a wheelchair most of the day. The neurologist said something about cancer and I was too shocked to ask more. Is he more likely to get cancer? What is the life expectancy with A-T? Also, he has these red little veins in his eyes, is that part of it too or something else?",
    focus: 'ataxia-telangiectasia',
    types: ['complications', 'prognosis', 'symptoms'],
  },
  // why: "is it the same as Parkinson's" is information; whether it is hereditary is inheritance
  {
    message:
      "My husband is 63. For two years he has been unsteady, first we thought it was his knees, then he started nearly fainting when he stood up and fell twice in the kitchen. Now after many tests the neurologist says multiple system atrophy. He uses a walker inside and a wheelchair outside. Our friends keep saying 'oh, like Parkinson's'. Is multiple system atrophy the same as Parkinson's disease or not? Also our children are worried, is this something that runs in families?",
    focus: 'multiple system atrophy',
    types: ['information', 'inheritance'],
  },
  // why: whether it can turn into bone cancer and what happens if left alone are both complications
  {
    message:
      "Dear Sir or Madam, I am 74 and was told last year I have Paget disease of bone in my right shinbone. The leg has become bowed and I now limp and use a stick. My doctor has offered me a drip of medicine but I am not keen on hospitals. I read on the internet that Paget's can become a bone cancer. Is that true? And what would happen if I just leave it be? Yours sincerely, Margaret",
    focus: 'Paget disease of bone',
    types: ['complications'],
  },
  // why: surgery to straighten the legs is treatment, a patient group is find_specialist, insurance cover is other
  {
    subject: 'XLH',
    message:
      "I have X-linked hypophosphatemia and so does my daughter, she's 6. Her legs are bowing more and more and she gets tired walking, we have insoles from the orthotist but they don't seem to change much. Questions: will she need surgery to straighten her legs like I did at 12? Is there a patient group for XLH families? And her doctor talked about a newer injection - does insurance usually cover it, because I heard it costs a fortune.",
    focus: 'X-linked hypophosphatemia',
    types: ['treatment', 'find_specialist', 'other'],
  },
];
