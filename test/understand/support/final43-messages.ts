/**
 * "final43" set. Messages in every style: short questions, long messages with background, lists of questions,
 * typos and no punctuation, non-native English, medicines, subject lines. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, at the end of its round, after its last change (focus 0.975, type F1 0.950). Scored by
 * final43.test.ts and by `npx tsx test/understand/support/score-messages.ts --final43 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL43_MESSAGES: ConsumerMessage[] = [
  // why: asks only for an overview of the condition -> information
  {
    message:
      'any information on FOP? my nephew (4) was just diagnosed and the whole family is in shock. thank you',
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['information'],
  },
  // why: asks only how rare it is -> frequency
  {
    message:
      "How rare is Takayasu arteritis really? My rheumatologist said she has only seen two cases in 20 years and I'm one of them lol",
    focus: 'Takayasu arteritis',
    types: ['frequency'],
  },
  // why: asks only which gene is involved -> genetic_changes
  {
    message:
      'which gene is it in alport syndrome? my report says COL4A5 but my cousin was told a diffrent one',
    focus: 'Alport syndrome',
    types: ['genetic_changes'],
  },
  // why: asks only about clinical trials -> research; the condition is named in the subject line
  {
    subject: "Behcet's - trials?",
    message:
      "Are there any clinical trials recruiting in the UK at the moment? My mouth ulcers are constant and I've tried colchicine, steroids, everything. Happy to travel.",
    focus: 'Behcet disease',
    types: ['research'],
  },
  // why: a missed dose of the medicine -> drug_usage; focus is the medicine (Mestinon = pyridostigmine)
  {
    message: 'i forgot my 8am mestinon and only noticed at lunch, do i take 2 now or just skip it??',
    focus: 'pyridostigmine',
    types: ['drug_usage'],
  },
  // why: keeping the tablets cool is storage; the condition is only background
  {
    message:
      'Hello, I take Plaquenil for my Sjogren. We are going to Greece in August where it is 40 degrees. Does it need to be kept cool or in the fridge?',
    focus: 'hydroxychloroquine',
    types: ['storage_disposal'],
  },
  // why: life expectancy -> prognosis
  {
    message:
      'what is the life expectancy of someone with moyamoya disease? my daughter is 7 and had surgery last year',
    focus: 'moyamoya disease',
    types: ['prognosis'],
  },
  // why: "could this be X?" about the mother's signs -> diagnosis
  {
    message:
      'My mum (61) keeps going rigid in her back and legs, specially when a door slams or someone surprises her, and she has fallen twice stiff like a plank. Her GP says it is anxiety. Could this be stiff person syndrome?',
    focus: 'Stiff person syndrome',
    types: ['diagnosis'],
  },
  // why: looking for a doctor / expert center -> find_specialist
  {
    message:
      'looking for a doctor or HHT center near Columbus Ohio. my nosebleeds are getting worse & the local ENT has never even heard of it',
    focus: 'hereditary hemorrhagic telangiectasia',
    types: ['find_specialist'],
  },
  // why: whether it can be caught -> susceptibility
  {
    message: 'is sarcoidosis contagious?? my husband was just diagnosed and we have a 3 month old at home',
    focus: 'sarcoidosis',
    types: ['susceptibility'],
  },
  // why: what brings on the attacks -> cause; the salty food is told as story, not asked
  {
    subject: "Meniere's attacks",
    message:
      "I'm 52 and had three vertigo attacks this week alone. What brings them on? I can't work out a pattern, sometimes it's after a salty takeaway and sometimes after nothing at all.",
    focus: 'Meniere disease',
    types: ['cause'],
  },
  // why: what the medicine is for and how it works -> indication (one type)
  {
    message:
      'My nephrologist wants to start me on tolvaptan for my polycystic kidneys. What is it actually for and how does it work?',
    focus: 'tolvaptan',
    types: ['indication'],
  },
  // why: what the medicine contains -> ingredients
  {
    message: 'Does Exjade contain lactose? I am lactose intolerant and I take it for my thalassemia',
    focus: 'deferasirox',
    types: ['ingredients'],
  },
  // why: whether a sign (night itching) belongs to the condition -> symptoms
  {
    message:
      'does lichen sclerosus make you itch at night? i have the white patches down there and the itching keeps me awake, im 58',
    focus: 'lichen sclerosus',
    types: ['symptoms'],
  },
  // why: a teacher asking about school life -> lifestyle
  {
    message:
      'Hi, I am a Year 1 teacher and next term I will have a little boy with Angelman syndrome in my class. Are there things I can do in the classroom to help him learn and join in with the other children? Any advice welcome.',
    focus: 'Angelman syndrome',
    types: ['lifestyle'],
  },
  // why: the chance the next baby has it -> inheritance
  {
    message:
      'Our 20 week scan shows our baby probably has achondroplasia. Neither me nor my husband has it. Could our next baby have it too? We are devastated',
    focus: 'achondroplasia',
    types: ['inheritance'],
  },
  // why: a link between the condition and a vaccine -> association
  {
    message:
      'is there a link between narcolepsy and the pandemrix swine flu vaccine? my daughter got narcolepsy in 2010 few months after the jab',
    focus: 'narcolepsy',
    types: ['association'],
  },
  // why: the difference between two conditions -> information; the uncle's condition is the main one
  {
    message:
      'whats the difference between charcot marie tooth and ALS? my uncle has CMT and people keep asking if thats lou gehrigs disease',
    focus: 'Charcot-Marie-Tooth disease',
    types: ['information'],
  },
  // why: chance she has it -> inheritance; a test before symptoms -> diagnosis
  {
    message:
      "My father was diagnosed with Huntington's disease last year at 55. What are the chances that I have it too? Is there a test that can tell me before I get symptoms? I'm 28 and thinking about having children.",
    focus: 'Huntington disease',
    types: ['inheritance', 'diagnosis'],
  },
  // why: asks the signs and the treatment
  {
    message: 'what are the symptoms of gaucher type 1 and how is it treated',
    focus: 'Gaucher disease',
    types: ['symptoms', 'treatment'],
  },
  // why: losing walking and how fast it worsens are both prognosis; new medicine in research -> research
  {
    message:
      'Hello, my son 16 years have Pompe disease late onset. He will lose the walking? How fast it becoming worse? Also please, there is new medicine in research for this? Thank you very much from Poland',
    focus: 'Pompe disease',
    types: ['prognosis', 'research'],
  },
  // why: wine with the medicine -> interactions; what to do about a missed second dose -> drug_usage
  {
    message:
      'Is it ok to have a glass of wine with dinner if I take Xyrem at bedtime? And what am I supposed to do if I sleep through the alarm for the second dose?',
    focus: 'sodium oxybate',
    types: ['interactions', 'drug_usage'],
  },
  // why: infertility from the medicine -> side_effects; taking it every day -> drug_usage; focus is the medicine
  {
    message:
      'My son is 6 and has sickle cell. The hematologist wants to start hydroxyurea. Can it make him infertile later in life? And does he have to take it every day even when he feels fine?',
    focus: 'hydroxyurea',
    types: ['side_effects', 'drug_usage'],
  },
  // why: what it is / is it a cancer -> information; how many people have it -> frequency
  {
    message:
      'erdheim chester disease - what is it exactly, is it a cancer? and how many people in the world have it. my best friends mum just got this diagnosis and none of us ever heard of it',
    focus: 'Erdheim-Chester disease',
    types: ['information', 'frequency'],
  },
  // why: whether learning difficulties belong to it -> symptoms; PE at school -> lifestyle
  {
    message:
      'I teach a girl with Turner syndrome in Year 4. Is it usual for girls with Turner to have trouble with maths and spatial things? Also should she be doing PE the same as everyone else?',
    focus: 'Turner syndrome',
    types: ['symptoms', 'lifestyle'],
  },
  // why: higher risk of cancers -> complications; which scans and how often -> diagnosis (screening)
  {
    message:
      'i tested positive for li fraumeni (TP53). which cancers am i at higher risk of, and what scans should i be having and how often',
    focus: 'Li-Fraumeni syndrome',
    types: ['complications', 'diagnosis'],
  },
  // why: weight gain/mood from the medicine -> side_effects; breastfeeding -> contraindications; focus is the medicine
  {
    message:
      "I was put on 40mg prednisone for a myasthenia gravis flare. Can it cause weight gain and mood swings? I'm also breastfeeding my 4 month old, is it safe for her?",
    focus: 'prednisone',
    types: ['side_effects', 'contraindications'],
  },
  // why: got it from a parent -> inheritance; support groups -> find_specialist
  {
    message:
      'Our baby was diagnosed with tuberous sclerosis after heart tumours were seen on a scan. Did she get it from one of us? Are there any support groups for parents?',
    focus: 'tuberous sclerosis complex',
    types: ['inheritance', 'find_specialist'],
  },
  // why: how the medicine works -> indication; insurance cover -> other
  {
    subject: 'Soliris cost',
    message:
      "How does Soliris actually work in PNH? And will Medicare cover it, my hematologist said it's one of the most expensive drugs in the world",
    focus: 'eculizumab',
    types: ['indication', 'other'],
  },
  // why: what triggers attacks -> cause; stopping attacks happening -> prevention
  {
    message:
      'what triggers acute intermittent porphyria attacks and how can i stop them happening? ive been admitted 3 times this year',
    focus: 'acute intermittent porphyria',
    types: ['cause', 'prevention'],
  },
  // why: pregnancy -> contraindications; missed dose -> drug_usage; focus is the medicine
  {
    message:
      "I've been on colchicine for FMF since I was a child. Is it safe to keep taking in pregnancy? And if I miss a dose should I double up the next day?",
    focus: 'colchicine',
    types: ['contraindications', 'drug_usage'],
  },
  // why: a named exposure asked as the cause -> association; getting strength back -> prognosis
  {
    message:
      'could the flu jab have caused my guillain barre? and will i ever get full strength back in my legs, its been 8 months and i still use a stick',
    focus: 'Guillain-Barre syndrome',
    types: ['association', 'prognosis'],
  },
  // why: testing siblings -> diagnosis; alcohol in daily life -> lifestyle; venesections -> treatment; liver damage -> complications
  {
    message:
      "I'm 44 and was told last week that I have hereditary haemochromatosis after a routine blood test showed my ferritin was over 1000 (two copies of C282Y). I have a few questions. Should my brother and sister get tested? Do I need to give up alcohol altogether? Will I need venesections for the rest of my life? And can it damage my liver?",
    focus: 'hemochromatosis',
    types: ['diagnosis', 'lifestyle', 'treatment', 'complications'],
  },
  // why: what it is/how it works -> indication; cost -> other; fridge -> storage_disposal; focus is the medicine
  {
    message:
      'We have a 3 year old with PKU. The clinic mentioned Kuvan. What is it and how does it work? How much does it cost without insurance? Does it need to be kept in the fridge?',
    focus: 'sapropterin',
    types: ['indication', 'other', 'storage_disposal'],
  },
  // why: what it is -> information; what caused it -> cause; tablets forever or cure -> treatment
  {
    message:
      'newly diagnosed with addisons disease at 30. what is it exactly, and what caused mine? will i be on tablets forever or can it be cured',
    focus: 'Addison disease',
    types: ['information', 'cause', 'treatment'],
  },
  // why: how long babies live -> prognosis; treatment/gene therapy -> treatment; how it was passed on -> inheritance
  {
    message:
      'My grandson was born 3 weeks ago and they say he has SMA type 1. How long do babies with this live? Is there any treatment, I read something about a gene therapy? His parents are both healthy, so how was it passed on to him?',
    focus: 'spinal muscular atrophy',
    types: ['prognosis', 'treatment', 'inheritance'],
  },
  // why: first signs -> symptoms; how they test -> diagnosis; how common -> frequency
  {
    message: 'what are the first signs of rett syndrome, how do they test for it, and how common is it?',
    focus: 'Rett syndrome',
    types: ['symptoms', 'diagnosis', 'frequency'],
  },
  // why: ibuprofen and beer with it -> interactions (once); dizziness from the tablets -> side_effects; pregnancy -> contraindications
  {
    subject: 'tegretol questions',
    message:
      'I take Tegretol 200mg twice a day for trigeminal neuralgia. 1) Can I take ibuprofen with it? 2) I feel dizzy and unsteady since starting it, is that the tablets? 3) we want a baby next year, is it safe to take when pregnant? 4) can I have a beer or two at weekends on it?',
    focus: 'carbamazepine',
    types: ['interactions', 'side_effects', 'contraindications'],
  },
  // why: chance the kids have it -> inheritance; which gene -> genetic_changes; screening the kids -> diagnosis
  {
    message:
      'My wife has VHL. what are the chances our kids have it, which gene is it, and what screening do the kids need and from what age?',
    focus: 'Von Hippel-Lindau disease',
    types: ['inheritance', 'genetic_changes', 'diagnosis'],
  },
  // why: could his signs be it -> diagnosis; basketball -> lifestyle; danger to the heart -> complications
  {
    message:
      "Could my son's symptoms be Marfan syndrome? He's 15, 6 foot 4, very long arms and fingers, and the optician said one of his lenses is slightly out of place. If it is Marfan, can he keep playing basketball? Is it dangerous for his heart?",
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'lifestyle', 'complications'],
  },
];
