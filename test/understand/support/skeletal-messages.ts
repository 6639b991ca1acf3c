/**
 * "skeletal" set. Messages about skeletal dysplasias and bone conditions: surgery, height, pain, new
 * medicines, inheritance, with other questions. Written by someone who had read neither the understanding or
 * retrieval code nor any earlier set, following the labeling guide (src/understand/README.md) and checking
 * only that each focus is a name the knowledge base holds. Scored once, before any change made for it (focus
 * 0.925, type F1 0.836). Scored by skeletal.test.ts and by `npx tsx test/understand/support/score-messages.ts
 * --skeletal --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const SKELETAL_MESSAGES: ConsumerMessage[] = [
  // why: asks only whether the new growth shot exists and how much height it adds: both about treating it
  {
    message:
      'heard theres a daily shot now for kids with achondroplasia that makes them grow. is that real and how many cm does it actually add?',
    focus: 'achondroplasia',
    types: ['treatment'],
  },
  // why: chance the baby inherits it is inheritance; asking for genetic counseling is find_specialist
  {
    subject: 'Both parents have achondroplasia - pregnancy question',
    message:
      'Hi. My husband and I both have achondroplasia and we are expecting our first baby in the spring. We have both known our whole lives what it means to be a little person and honestly we are happy whichever way it goes, we have a great community around us. My mum keeps asking questions though and I realised I cannot really explain the numbers to her. If both parents have it, what are the chances our baby will have it too, or be average height? Our OB is lovely but she has never had a couple like us before. Is there a genetic counselor or a clinic that actually works with couples where both partners are little people? We live in Ohio. Thanks so much.',
    focus: 'achondroplasia',
    types: ['inheritance', 'find_specialist'],
  },
  // why: asks what the condition is: an overview
  {
    message:
      'Our daughter (6) was told last week she has hypochondroplasia. Can you explain what that actually is?',
    focus: 'hypochondroplasia',
    types: ['information'],
  },
  // why: whether it gets worse with age is prognosis; what helps the back pain is treatment
  {
    message:
      "I'm a 38 year old man and was only diagnosed with hypochondroplasia a couple of years ago, after my son was. I'm 4'9\" and have always had some lower back and knee pain but lately it's been more. Is this something that gets worse as you get older? And is there anything besides painkillers that helps the back pain, like surgery or physio?",
    focus: 'hypochondroplasia',
    types: ['prognosis', 'treatment'],
  },
  // why: joining PE and swimming is daily life (lifestyle); whether he will walk on his own is prognosis
  {
    message:
      "Hello, I'm writing about my son Leo who is 7 and has osteogenesis imperfecta type 3. He has had more than 40 fractures so far, has rods in both femurs and gets pamidronate infusions every three months at the children's hospital. Since the infusions the fractures are less often, which is great. He uses a wheelchair at school but can stand with a walker at home and he is so proud of it. Now the school wants to know if he can join PE and the swimming lessons with his class, the teacher is very nervous about it and so am I to be honest. Is it safe for him to do these things? Also his father keeps asking me if Leo will ever walk by himself, and I don't know what to answer him. Thank you for any help.",
    focus: 'osteogenesis imperfecta',
    types: ['lifestyle', 'prognosis'],
  },
  // why: asks whether the fever comes from the medicine: a side effect
  {
    message:
      'My son had his first pamidronate infusion yesterday for his brittle bones and last night he had a fever of 39 and aching all over. Is that from the pamidronate?',
    focus: 'pamidronate',
    types: ['side_effects'],
  },
  // why: chance the baby gets it is inheritance; testing the baby before birth is diagnosis
  {
    subject: 'OI and planning a pregnancy',
    message:
      "I (29F) have OI type I, mostly blue sclera and a lot of broken bones as a kid, not so many now. My partner doesn't have it. We are thinking about trying for a baby next year. What is the chance our child will have OI? And can they find out during the pregnancy if the baby has it?",
    focus: 'osteogenesis imperfecta',
    types: ['inheritance', 'diagnosis'],
  },
  // why: asks whether the condition can turn into cancer: complications
  {
    message: 'can the bumps from MHE turn into cancer?? i have like 20 of them',
    focus: 'multiple hereditary exostoses',
    types: ['complications'],
  },
  // why: whether the other children should be checked is diagnosis; finding an experienced surgeon is find_specialist
  {
    message:
      'Good evening. My wife has hereditary multiple osteochondromas and so does our oldest, Sam, who is 11. Sam has already had two operations, one on his knee and one on his forearm because the bone was bowing and he could not turn his wrist properly. The local orthopaedic surgeon is kind but he told us himself he has only seen a handful of cases. We have two younger children, 8 and 4, and so far we have not noticed any lumps on them. Should they be checked now with x-rays or do we wait until something shows up? And is there a surgeon or a centre in the UK that sees a lot of these kids and does the forearm surgery regularly? We would travel. Many thanks in advance.',
    focus: 'hereditary multiple osteochondromas',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: asks whether any medicine can make it go away: treatment
  {
    message:
      'Is there any medicine that makes fibrous dysplasia go away or do you just have to live with it?',
    focus: 'fibrous dysplasia',
    types: ['treatment'],
  },
  // why: asks whether the skull lesion can harm eyesight or hearing: problems it can lead to
  {
    message:
      "I am 24 and they found fibrous dysplasia in my skull bone, around the right eye and the side of my face, after a CT for sinus problems. The doctor said it is benign and they will just watch it with scans every year. I'm a bit scared though. Can it press on the nerves and make me lose my eyesight or hearing later on?",
    focus: 'fibrous dysplasia',
    types: ['complications'],
  },
  // why: asks whether her signs could be this syndrome: diagnosis
  {
    subject: 'early puberty and birthmark',
    message:
      "My daughter is 4 and she has started to develop breasts and had some bleeding last month. She also has a big light brown birthmark on her back with a ragged edge, it's been there since she was a baby. Our GP mentioned McCune-Albright. Could this be it?",
    focus: 'McCune-Albright syndrome',
    types: ['diagnosis'],
  },
  // why: asks what the medicine is for and what it does: indication
  {
    message:
      'I have fibrous dysplasia in my thigh bone and it aches a lot, especially at night. My doctor wants to give me an infusion of zoledronic acid once a year. I always thought that was a medicine for old ladies with osteoporosis? What does it actually do to the bone?',
    focus: 'zoledronic acid',
    types: ['indication'],
  },
  // why: what the finding means is an overview of the condition (information); whether babies survive is prognosis
  {
    message:
      "We had our 20 week scan on Tuesday and the sonographer went very quiet. The doctor came in and said the baby's arms and legs are very short and bowed and the chest looks small, and that it looks like thanatophoric dysplasia. We have an appointment with the fetal medicine specialist next week but I can't wait that long without understanding anything. I have been reading things online all night and they all say different things. What is thanatophoric dysplasia, in plain words? Can babies with it survive after they are born? This is our first baby. Sorry if this is the wrong place to ask.",
    focus: 'thanatophoric dysplasia',
    types: ['information', 'prognosis'],
  },
  // why: asks whether two conditions are the same: information
  {
    message: 'is pseudoachondroplasia the same as achondroplasia or a different thing',
    focus: 'pseudoachondroplasia',
    types: ['information'],
  },
  // why: asks whether he needs an operation on his neck: treatment
  {
    message:
      'Hello, I am grandmother of boy 3 years old, he have spondyloepiphyseal dysplasia congenita. Doctor did x-ray of neck and say the bones in neck are not stable. My daughter is very worry. Does he need operation in the neck, and when they do it? Thank you very much from my heart.',
    focus: 'spondyloepiphyseal dysplasia congenita',
    types: ['treatment'],
  },
  // why: how many children have it is frequency; a support group for parents is find_specialist
  {
    message:
      'Our son Mateo was born six weeks ago. He was born with clubfeet, short arms and legs, his thumbs sit out to the side and his ears swelled up a few days after birth. After some x-rays and a blood test the geneticist told us he has diastrophic dysplasia. We had never heard of it and neither had anyone in our family. The doctors have been good, the clubfeet are being casted and his ears are settling down, but I feel very alone. How many children are born with this? It feels like we must be the only ones. And is there a group for parents where we could talk to other families who have been through this? Any help appreciated.',
    focus: 'diastrophic dysplasia',
    types: ['frequency', 'find_specialist'],
  },
  // why: asks which gene is involved
  {
    message:
      "Our dentist thinks our son has cleidocranial dysplasia because his adult teeth aren't coming through. Which gene is it?",
    focus: 'cleidocranial dysplasia',
    types: ['genetic_changes'],
  },
  // why: asks how the missing and extra teeth are fixed: treatment
  {
    subject: 'teeth',
    message:
      "I have cleidocranial dysplasia, diagnosed as a teen. I'm 31 now and still have several baby teeth and a lot of extra teeth stuck in my jaw that never came down. I've put off dealing with it for years because of the cost. What are the options for fixing my teeth as an adult, is it implants or braces or both?",
    focus: 'cleidocranial dysplasia',
    types: ['treatment'],
  },
  // why: whether her signs could be FOP is diagnosis; asking about trials is research
  {
    message:
      'Hi, my daughter is 2 and a half. She was born with big toes that are short and bent inwards, and the doctors just said it was a bunion thing and would be fine. A month ago she fell at nursery and hit the back of her head and a few days later she got a hard swollen lump on her neck and upper back. Now there is another lump near her shoulder. The pediatrician wanted to do a biopsy but I read online about fibrodysplasia ossificans progressiva and that biopsies make it worse, so we have said no for now and are waiting for a genetics appointment. Could this be FOP? If it is, are there any trials of new medicines she could be part of? We are in Germany.',
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['diagnosis', 'research'],
  },
  // why: asks how to stop the flare-ups from happening: prevention
  {
    message:
      'Is there anything that stops flare ups in FOP? my son had 2 already this year and each one took away more movement',
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['prevention'],
  },
  // why: whether her signs could be it is diagnosis; asking about the enzyme therapy for adults is treatment
  {
    message:
      "I'm 45. I lost several baby teeth very early as a child (around 2 years old, roots and all), and in the last five years I've had three stress fractures in my feet and one in my thigh. My alkaline phosphatase has been flagged as low on every blood test but nobody ever did anything about it. Could I have hypophosphatasia? And I've read there is an enzyme replacement injection - is that only for children or can adults get it too?",
    focus: 'hypophosphatasia',
    types: ['diagnosis', 'treatment'],
  },
  // why: asks whether the sons will have it: inheritance
  {
    message: 'my husband has XLH. we have 2 boys, will they have it too?',
    focus: 'X-linked hypophosphatemia',
    types: ['inheritance'],
  },
  // why: switching to the injection and leg surgery are both treatment; whether she can keep dancing is lifestyle
  {
    message:
      'ok so im 15 and i have x-linked hypophosphatemia. ive been taking phosphate and calcitriol since i was a baby and honestly the phosphate tastes disgusting and gives me stomach aches and i have to take it like 4 times a day even at school which is embarassing. my legs are still bowed and my knees hurt after long days. my friend from an online group is on burosumab which is an injection every 2 weeks and she says its so much better. can i switch to that instead of the pills? and will i need surgery to straighten my legs at some point? also i do ballet 3 times a week and my mom wants me to stop because of my knees. do i really have to stop?',
    focus: 'X-linked hypophosphatemia',
    types: ['treatment', 'lifestyle'],
  },
  // why: asks about the course and whether it shortens life: prognosis
  {
    subject: 'Albers-Schonberg disease',
    message:
      'My brother, who is 40, has just been diagnosed with the adult form of osteopetrosis (Albers-Schonberg) after breaking his hip without any real fall. He is very worried and so are we. Does this type get worse over the years, and does it shorten life?',
    focus: 'osteopetrosis',
    types: ['prognosis'],
  },
  // why: asks what the condition is: overview
  {
    message: 'What exactly is Ollier disease? My niece was just told she has it.',
    focus: 'Ollier disease',
    types: ['information'],
  },
  // why: asks how likely the growths are to become cancer: complications
  {
    subject: 'Maffucci syndrome',
    message:
      'My sister (19) has just been diagnosed after years of lumps on her fingers and some red-purple bumps on her skin. The specialist mentioned that the growths can sometimes become cancerous. How often does that actually happen?',
    focus: 'Maffucci syndrome',
    types: ['complications'],
  },
  // why: asks whether it leads to early arthritis: a problem it can lead to
  {
    message:
      'does multiple epiphyseal dysplasia mean ill get arthritis in my hips really young? im 17 and they already hurt',
    focus: 'multiple epiphyseal dysplasia',
    types: ['complications'],
  },
  // why: asks the chance that the next baby has it: inheritance
  {
    message:
      'Our first son was born with Ellis-van Creveld syndrome: extra fingers on both hands, short arms and legs and a hole in his heart that was repaired at 5 months. He is doing well now. My husband and I are healthy and nobody in our families has it. We would like another child. What is the chance that the next baby will have it too?',
    focus: 'Ellis-van Creveld syndrome',
    types: ['inheritance'],
  },
  // why: whether the baby will survive and how the breathing goes is prognosis; the gene question is genetic_changes
  {
    message:
      "I'm writing for my best friend, she's too exhausted to do any of this herself right now. Her little boy was born 3 weeks ago and has been in the NICU since. His legs are bowed, he has a cleft palate and a very small jaw, and he needs help breathing. Yesterday the doctors told her it is campomelic dysplasia. They also said something about his chromosomes being XY but his body looking like a girl's, which confused everyone even more. She keeps asking me if he is going to make it and if he will ever breathe on his own, and I don't know what to tell her. What is the outlook for babies like him? And what gene is behind it? She wants to know because her sister is pregnant. Thank you.",
    focus: 'campomelic dysplasia',
    types: ['prognosis', 'genetic_changes'],
  },
  // why: asks whether the children could inherit it: inheritance
  {
    message:
      "I am 72 and was recently diagnosed with Paget's disease of the bone in my pelvis. Is it something my children could inherit from me?",
    focus: 'Paget disease of bone',
    types: ['inheritance'],
  },
  // why: whether it needs treating without symptoms is treatment; whether it can affect hearing is complications
  {
    subject: "Paget's in the skull",
    message:
      "My husband's routine blood test showed a high alkaline phosphatase and a bone scan then showed Paget's disease in his skull. He feels completely fine. Does it need to be treated if he has no symptoms? His father went deaf in later life and now we wonder, can Paget's affect the hearing?",
    focus: 'Paget disease of bone',
    types: ['treatment', 'complications'],
  },
  // why: asks for doctors who specialize in it: find_specialist
  {
    message:
      'Are there any doctors in the US who specialize in melorheostosis? Mine is in my left leg and my local ortho had never heard of it.',
    focus: 'melorheostosis',
    types: ['find_specialist'],
  },
  // why: asks whether the daughter should be tested: diagnosis
  {
    message:
      'I was diagnosed with Stickler syndrome at 30 after a retinal detachment, and it explained my joint pain and the cleft palate I had as a baby. My daughter is 5 and already wears strong glasses for short sight. She has no other problems that we know of. Should she be tested for Stickler as well?',
    focus: 'Stickler syndrome',
    types: ['diagnosis'],
  },
  // why: whether an office job and commuting are OK is daily life (lifestyle); what helps the hip pain besides surgery is treatment
  {
    message:
      "Hello, I'm 27 and have Kniest dysplasia. I'm about 4 feet tall, wear thick glasses and have had both hips and my spine operated on as a child and teenager. I have just finished my degree in accounting and got my first job offer, which means a desk job in an office and a 45 minute commute by train each way. I'm excited but also worried because my hips and lower back get very stiff when I sit for long, and standing on a crowded train is hard. Is it realistic to work full time in an office with Kniest, and are there things that make it easier? And what can be done for the hip pain apart from more surgery? I really do not want another operation if I can avoid it.",
    focus: 'Kniest dysplasia',
    types: ['lifestyle', 'treatment'],
  },
  // why: asks whether growth hormone helps them grow: treatment
  {
    message: 'Does growth hormone help kids with Leri-Weill dyschondrosteosis get taller?',
    focus: 'Leri-Weill dyschondrosteosis',
    types: ['treatment'],
  },
  // why: asks what causes it: cause
  {
    subject: 'vanishing bone disease',
    message:
      "Six months ago I was told I have Gorham-Stout disease after part of my collarbone basically disappeared on x-ray. I'm 33 and otherwise healthy. The doctors say it is extremely rare and nobody seems to know much. What causes the bone to vanish like that?",
    focus: 'Gorham-Stout disease',
    types: ['cause'],
  },
  // why: asks whether a sign belongs to it: symptoms
  {
    message: 'is leg pain when walking part of camurati engelmann? my legs ache so bad after school',
    focus: 'Camurati-Engelmann disease',
    types: ['symptoms'],
  },
  // why: whether it is because the parents are cousins and the chance for the next child are inheritance; the jaw problem after tooth removal is complications
  {
    message:
      'Dear doctors, my son is 9 years old and he is diagnosed with pycnodysostosis last year. He is very short, his fingertips are short and his head is big with the soft spot still open. He broke his legs 4 times already with small falls. My husband and I are first cousins, this is normal in our family. Some relatives now say it happened because we are cousins, is this true? We want to have one more child, what is the chance this child will have the same? Also last month the dentist pulled one of his teeth and after that his jaw got infected and swollen for weeks. Can this disease cause problems in the jaw like this? Thank you for your help.',
    focus: 'pycnodysostosis',
    types: ['inheritance', 'complications'],
  },
  // why: asks whether the medicine is safe when planning a pregnancy: contraindications
  {
    message:
      'I am 34 with osteogenesis imperfecta and low bone density, and my endocrinologist has suggested daily teriparatide injections for 2 years. My partner and I want to try for a baby within the next year. Is it safe to be on teriparatide when trying to get pregnant?',
    focus: 'teriparatide',
    types: ['contraindications'],
  },
];
