/**
 * "spine" set. Messages about the spine and spinal cord: scoliosis, spina bifida, tethered cord,
 * syringomyelia, back surgery and braces, with other questions about the condition and its medicines. Written
 * by someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once, before any change made for it (focus 0.950, type F1 0.845). Scored by spine.test.ts and
 * by `npx tsx test/understand/support/score-messages.ts --spine --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const SPINE_MESSAGES: ConsumerMessage[] = [
  // why: asks only why scoliosis happens -> cause
  {
    message:
      'My daughter is 13 and the school nurse found a curve in her back. What causes scoliosis in otherwise healthy kids?',
    focus: 'scoliosis',
    types: ['cause'],
  },
  // why: asks whether it runs in families -> inheritance
  {
    subject: 'family question',
    message:
      "My sister's baby was born with spina bifida. Does it run in families? I'm hoping to start trying for a baby next year.",
    focus: 'spina bifida',
    types: ['inheritance'],
  },
  // why: baclofen with another medicine -> interactions; time of day to take it -> drug_usage
  {
    message:
      'can i take baclofen and gabapentin together?? also does it matter if i take the baclofen at night instead of the morning',
    focus: 'baclofen',
    types: ['interactions', 'drug_usage'],
  },
  // why: asks how rare it is -> frequency
  {
    message: 'How rare is syringomyelia? My neurologist said he has only seen a handful of cases.',
    focus: 'syringomyelia',
    types: ['frequency'],
  },
  // why: condition named only in the subject; asks what it is -> information
  {
    subject: 'Klippel-Feil syndrome',
    message:
      "The orthopedic doctor used this name for my grandson's short neck at his appointment yesterday and we didn't catch much else. What is it exactly?",
    focus: 'Klippel-Feil syndrome',
    types: ['information'],
  },
  // why: asks about clinical trials -> research
  {
    message:
      "Any clinical trials for Friedreich's ataxia recruiting right now? my brother is 19 and keen to join one",
    focus: 'Friedreich ataxia',
    types: ['research'],
  },
  // why: whether the drowsiness comes from the medicine -> side_effects
  {
    message:
      'does tizanidine make you super drowsy? started it 2 days ago for back spasms and i can barely keep my eyes open at work',
    focus: 'tizanidine',
    types: ['side_effects'],
  },
  // why: asks which gene is involved -> genetic_changes
  {
    message:
      "Our genetics letter says our son's spondylocostal dysostosis comes from a change in a gene but doesnt say which one. Which gene is usually involved?",
    focus: 'spondylocostal dysostosis',
    types: ['genetic_changes'],
  },
  // why: asks about a cure and lifelong medicines -> treatment
  {
    message: 'Is there a cure for ankylosing spondylitis or is it just anti-inflammatories for life?',
    focus: 'ankylosing spondylitis',
    types: ['treatment'],
  },
  // why: asks whether it shortens life -> prognosis
  {
    message: "My husband was just diagnosed with Kennedy's disease at 52. Will it shorten his life?",
    focus: 'Kennedy disease',
    types: ['prognosis'],
  },
  // why: asks for a doctor who knows the condition -> find_specialist
  {
    message:
      'looking for a neurosurgeon near columbus ohio who actually knows about tethered cord in adults, any names?',
    focus: 'tethered spinal cord syndrome',
    types: ['find_specialist'],
  },
  // why: whether the medicine must stay in the fridge while travelling -> storage_disposal
  {
    message:
      "Do my Cosentyx pens (secukinumab) have to stay in the fridge the whole time? We're driving to Spain for two weeks.",
    focus: 'secukinumab',
    types: ['storage_disposal'],
  },
  // why: asks whether it can be prevented -> prevention
  {
    message:
      "Can Scheuermann's kyphosis be prevented? My older son has it and I'd like to do something for the younger one before it's too late.",
    focus: 'Scheuermann disease',
    types: ['prevention'],
  },
  // why: breastfeeding precaution for a medicine -> contraindications
  {
    message: 'is meloxicam ok to take while breastfeeding? baby is 4 months, my back is killing me',
    focus: 'meloxicam',
    types: ['contraindications'],
  },
  // why: whether it can turn into another condition -> complications
  {
    message: 'asking for a friend who had transverse myelitis last year - can it turn into MS later on?',
    focus: 'transverse myelitis',
    types: ['complications'],
  },
  // why: outlook for the baby -> prognosis; what treatments exist -> treatment
  {
    message:
      'Our daughter Amelia was diagnosed with spinal muscular atrophy type 1 at 10 weeks old, after we noticed she had stopped kicking her legs. We live near Leeds and are still in shock. What is the outlook for babies like her nowadays? And what treatments are there for her?',
    focus: 'spinal muscular atrophy',
    types: ['prognosis', 'treatment'],
  },
  // why: already diagnosed; asks whether the headaches belong to the condition -> symptoms
  {
    message:
      "I'm 34 and had an MRI for constant headaches at the back of my head. It showed a Chiari malformation, 7 mm. The neurologist seemed unbothered by it. Could the headaches actually be coming from the Chiari, especially the ones I get when I cough or laugh?",
    focus: 'Chiari malformation',
    types: ['symptoms'],
  },
  // why: asks whether she can keep playing a sport -> lifestyle
  {
    message:
      'hi im 15 and just got told i have to wear a brace for my scoliosis like 18 hrs a day. i play volleyball 4 times a week and i really dont want to quit. can i still play??',
    focus: 'scoliosis',
    types: ['lifestyle'],
  },
  // why: how much folic acid and for how long -> drug_usage; with iron tablets -> interactions
  {
    message:
      "I'm 6 weeks pregnant. Our first son has myelomeningocele and the midwife said I should be on a higher dose of folic acid this time. How much should I be taking, and for how long? Also can I take it together with my iron tablets or do they need to be apart?",
    focus: 'folic acid',
    types: ['drug_usage', 'interactions'],
  },
  // why: a named exposure (diabetes in pregnancy) asked as its cause -> association
  {
    subject: 'my grandson',
    message:
      "My daughter had diabetes all through her pregnancy and her little boy was born with caudal regression syndrome, the bottom of his spine didn't form properly. She blames herself terribly. Could the diabetes have caused it?",
    focus: 'caudal regression syndrome',
    types: ['association'],
  },
  // why: how the medicine works -> indication; whether it raises infections -> side_effects
  {
    message:
      'My boyfriend (27) was diagnosed with ankylosing spondylitis in the spring and the rheumatologist wants to start him on Humira (adalimumab) injections. He hates needles and keeps reading scary stuff online. How does it actually work for AS? And is it true it makes you more likely to get infections?',
    focus: 'adalimumab',
    types: ['indication', 'side_effects'],
  },
  // why: which doctor and which experienced center -> find_specialist
  {
    message:
      'Hello, I write from Brazil. My daughter have 4 years and osteogenesis imperfecta type 3, many fractures since she is baby. Now the doctor say her spine is curving and maybe need operation in the future. Which kind of doctor we must look for the spine in this disease? There is some center with experience?',
    focus: 'osteogenesis imperfecta',
    types: ['find_specialist'],
  },
  // why: whether swallowing trouble is part of DISH -> symptoms; link with diabetes -> association
  {
    message:
      "I'm 67. After an x-ray for my stiff back I was told I have DISH (diffuse idiopathic skeletal hyperostosis). Lately I sometimes have trouble swallowing tablets. Could that be part of the DISH? I've also got type 2 diabetes - is there a connection between the two?",
    focus: 'diffuse idiopathic skeletal hyperostosis',
    types: ['symptoms', 'association'],
  },
  // why: whether she can return to gymnastics -> lifestyle
  {
    message:
      'Our 11 year old is a competitive gymnast and after months of low back pain the MRI showed a grade 1 spondylolisthesis at L5. The sports doctor said rest for now. Is she ever going to be able to go back to gymnastics with this?',
    focus: 'spondylolisthesis',
    types: ['lifestyle'],
  },
  // why: asks about treatments being tested and trials -> research
  {
    subject: 'SCI research',
    message:
      "T10 complete injury in a car crash 3 years ago, I'm 31 now. I keep seeing headlines about stem cells and electrical stimulation getting people to stand. Is any of this being tested on people with old injuries like mine, and are there trials in Canada?",
    focus: 'spinal cord injury',
    types: ['research'],
  },
  // why: whether the problems come from the medicine -> side_effects
  {
    message:
      "Our daughter (7) has spina bifida and does intermittent catheterization. The urologist started her on oxybutynin last month. On hot days she gets really red in the face and seems to overheat, and she's constipated too. Is this from the oxybutynin?",
    focus: 'oxybutynin',
    types: ['side_effects'],
  },
  // why: other health problems the condition can lead to -> complications
  {
    subject: 'Marfan - what else to watch for',
    message:
      'Our son is 16 and was diagnosed with Marfan syndrome this year after the eye doctor noticed his lens was out of place. He also has a 30 degree scoliosis, and the cardiologist is keeping an eye on his aorta. What other health problems can Marfan lead to that we should be looking out for?',
    focus: 'Marfan syndrome',
    types: ['complications'],
  },
  // why: how to stop another attack -> prevention; whether the sister with symptoms should be tested -> diagnosis
  {
    message:
      "I was diagnosed with neuromyelitis optica (AQP4 positive) after two attacks of myelitis that left my legs numb. I'm terrified of a third one. What can I do to stop another attack? My sister has been having pain behind her eye, should she get tested too?",
    focus: 'neuromyelitis optica',
    types: ['prevention', 'diagnosis'],
  },
  // why: spine problems it can lead to as he grows -> complications
  {
    message:
      'At our 32 week scan we were told our baby boy most likely has achondroplasia. We are both average height so it came out of nowhere. I read something about the spinal canal being narrow. What kind of back or spine problems can he have as he grows up?',
    focus: 'achondroplasia',
    types: ['complications'],
  },
  // why: what to do about a missed dose -> drug_usage
  {
    message:
      'My mum is 78 and has had two vertebral fractures from osteoporosis. She has been prescribed teriparatide injections every day. She is quite forgetful. What should she do if she misses a day - take two the next day?',
    focus: 'teriparatide',
    types: ['drug_usage'],
  },
  // why: could the new signs mean it has re-tethered, how to check -> diagnosis; second operation -> treatment; expert center -> find_specialist
  {
    message:
      "Hi, I'm writing about my son Jacob who is 9. He was born with a little dimple and a hairy patch at the bottom of his back, and at age 6 he was diagnosed with a tethered cord. He had untethering surgery in 2021 and did great, he was running around again within weeks and the accidents stopped. Over the past couple of months though he has started complaining that his legs ache after school, his left foot turns in a bit when he runs, and he's wetting the bed again, which he is really embarrassed about. Our pediatrician thinks it's growing pains. I'm worried it has come back. Is it possible it has re-tethered, and how would they check that? If it has, can they operate a second time? We also feel a bit out of our depth at our local hospital - is there a center anywhere in the Midwest that sees a lot of these kids?",
    focus: 'tethered spinal cord syndrome',
    types: ['diagnosis', 'treatment', 'find_specialist'],
  },
  // why: going back to heavy lifting -> lifestyle; whether it gets worse -> prognosis; whether his kids can get it from him -> inheritance
  {
    message:
      "So, a bit of background: I'm a 42 year old guy, used to lift a lot, and last year I started getting this weird burning in my shoulders and couldn't feel hot water properly on my left hand. MRI showed a syrinx in my neck, they're calling it syringomyelia, no Chiari apparently and they don't know why it's there. The neurosurgeon wants to just watch it with scans every 6 months. A few questions nobody has really answered: 1) Is it ok to go back to the gym and lift heavy, or could straining make it worse? 2) Does this usually get worse over the years or can it stay stable? 3) Can my kids get it from me? I have two boys. Thanks in advance.",
    focus: 'syringomyelia',
    types: ['lifestyle', 'prognosis', 'inheritance'],
  },
  // why: chance the baby has it -> inheritance; a test for the husband -> diagnosis; genetic counselling -> find_specialist
  {
    message:
      'Dear team, I am 29 and have spinal muscular atrophy type 3. I was diagnosed at age 8 when I started falling a lot, and today I walk short distances with a cane and use a scooter outside. My husband and I would very much like to have a child. I know the condition is genetic but I never really understood how. What is the chance that our baby would have SMA as well? Is there a test my husband could take beforehand? Finally, we would like to talk this through with someone properly - is there genetic counselling for couples in our situation, and how do we find it?',
    focus: 'spinal muscular atrophy',
    types: ['inheritance', 'diagnosis', 'find_specialist'],
  },
  // why: the only question is what the condition is, in plain words -> information
  {
    message:
      'my granddaughter was born three weeks ago and is in the nicu she has a very short body and her ribs are fused together the doctors called it jarcho levin syndrome and said they are watching her breathing closely my daughter is not in a state to ask questions and my son in law doesnt speak much english so its me doing the reading i have never heard of this and the internet is confusing me with other names spondylocostal spondylothoracic and so on can you tell me in plain words what this condition is',
    focus: 'Jarcho-Levin syndrome',
    types: ['information'],
  },
  // why: could his signs be HSP and how to find out -> diagnosis; which gene -> genetic_changes; will he end up in a wheelchair -> prognosis
  {
    message:
      "My father had hereditary spastic paraplegia. He started to walk stiffly in his late 40s and by 70 he was using a wheelchair. He was never tested genetically, they just called it HSP. I'm 41 now and over the last year I've noticed that I trip on stairs more and my calves feel tight in the evenings. My wife says I've started to walk like dad. Could this be the start of HSP, and what would I need to do to find out for sure? If it is, which gene would they look at? And if I do have it, will I end up in a wheelchair like him?",
    focus: 'hereditary spastic paraplegia',
    types: ['diagnosis', 'genetic_changes', 'prognosis'],
  },
  // why: late refill / pump running empty -> drug_usage (missed doses, stopping); vodka with it -> interactions
  {
    message:
      "My husband had a spinal cord injury from a diving accident 8 years ago and has very strong spasms in his legs. Last spring he got a baclofen pump put in his belly and it helps him a lot. Next month we go to visit my family in Poland for 5 weeks and the refill would be due while we are away. What happens if the refill is late by some days? Is it dangerous if the pump runs empty? Also at my sister's wedding he will want to drink some vodka, is this OK with the baclofen?",
    focus: 'baclofen',
    types: ['drug_usage', 'interactions'],
  },
  // why: whether a curved spine is part of NF1 (a sign belonging to it), asked two ways -> symptoms
  {
    message:
      'Our daughter Mia is 10 and was diagnosed with NF1 as a toddler because of her cafe au lait spots. She has a few small bumps on her skin and wears glasses but otherwise she has been a healthy, busy kid. At her check-up last week the doctor had her bend forward and said one side of her back is higher, and the x-ray shows a curve of 25 degrees. No one ever mentioned the spine to us before. Is a curved spine actually part of NF1, or is it just ordinary scoliosis that she happens to have as well?',
    focus: 'neurofibromatosis type 1',
    types: ['symptoms'],
  },
  // why: how her type differs from hypermobile EDS -> information; whether PLOD1 is the gene -> genetic_changes; support groups -> find_specialist
  {
    message:
      'Hello. My daughter is 14. She was floppy as a baby, had a curve in her spine from when she was tiny, and has worn a brace since she was 3. This summer, after years of tests, the genetics doctor finally told us she has Ehlers-Danlos syndrome, kyphoscoliotic type. I have hypermobile EDS myself, so I thought I knew EDS, but the doctor said hers is a different kind. How is the kyphoscoliotic type different from the hypermobile one I have? The report mentions PLOD1 - is that the gene responsible for it? And are there any support groups for families with this type specifically? Everything online is about hypermobility.',
    focus: 'Ehlers-Danlos syndrome, kyphoscoliotic type',
    types: ['information', 'genetic_changes', 'find_specialist'],
  },
  // why: both questions ask whether problems come from the medicine -> side_effects
  {
    message:
      "I'm 58, a retired postman, and have had spinal stenosis in my lower back for about five years. The pain down my legs when I walk has got bad enough that my GP has put me on pregabalin, 75mg twice a day, and says we can go up if needed. I've been on it three weeks. The leg pain is a little better, but I've put on 4 kilos and I feel a bit drunk and wobbly in the mornings, which isn't ideal when I'm already unsteady on my feet. Is the weight gain from the pregabalin? And is the wobbly feeling something it causes too?",
    focus: 'pregabalin',
    types: ['side_effects'],
  },
  // why: treatment for the disease itself -> treatment; chance a sibling has it -> inheritance; what to avoid at kindergarten -> lifestyle
  {
    message:
      "Our son Theo (5) was diagnosed with Morquio syndrome (MPS IVA) last year. He is short, has knock knees and his chest sticks out. An MRI of his neck showed the top two bones are unstable, and the neurosurgeon talked about fusing them. We are trying to get our heads around all of it. Our questions:\n- Besides the neck surgery, is there any treatment for the disease itself? We've heard of an enzyme infusion.\n- We'd love another baby. What are the chances a brother or sister would have it too?\n- His kindergarten has a trampoline and the kids do a lot of rough play. What should he avoid?\nThank you so much for any help.",
    focus: 'Morquio syndrome',
    types: ['treatment', 'inheritance', 'lifestyle'],
  },
];
