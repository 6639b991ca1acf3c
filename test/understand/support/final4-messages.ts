/**
 * Final held-out set "final4": 40 hand-written consumer messages to a rare-disease
 * information desk, written independently of the code and of earlier sets. It is a
 * deliberate mix of senders and styles (parents, newly diagnosed adults, relatives and
 * friends, caregivers of older parents, people asking about their medicines, a teacher
 * and a student, English as a second language, lower-case forum posts, short search-box
 * queries and long stories with the questions at the end). About three quarters are
 * about a condition (mostly rare diseases) and one quarter about a medicine; several
 * name two conditions or a condition and a medicine, some carry a subject line (a few
 * name the condition only there), and three contain a misspelled focus name. Each
 * message is labelled with its focus (words naming the main condition or medicine, as
 * written) and one question type per question, in order. Scored once; never used for
 * tuning.
 *
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, while the
 * round's last sets were being worked on, and scored once at the end of the round, after every change: focus
 * 1.000, type F1 0.842. Never tuned on: change nothing because of its misses. Scored by final4.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --final4`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL4_MESSAGES: ConsumerMessage[] = [
  {
    // life expectancy = prognosis; trials = research; parent group = find_specialist
    subject: 'Our son was just diagnosed',
    message:
      'Hi. Our 5 year old, Leo, has always been slower than the other kids on the stairs and falls over a lot. We honestly thought he was just clumsy. Last week his blood test and then the genetic test came back and the neurologist told us it is Duchenne muscular dystrophy. We are still in shock and did not take in much at the appointment. What is the life expectancy now with modern care? Are there any clinical trials he could join? And is there a parents group we could talk to?',
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'research', 'find_specialist'],
  },
  {
    // short query asking about the signs = symptoms
    message: 'fabry disease signs in women?',
    focus: 'fabry disease',
    types: ['symptoms'],
  },
  {
    // condition named only in subject; "got it from our parents" = inheritance; "should we be tested" = diagnosis
    subject: 'Wilson disease',
    message:
      'My brother is 24 and was told last week that he has this. The doctor talked about copper building up in his liver. Is it something he got from our parents? Should the rest of us (there are three more siblings) be tested as well?',
    focus: 'Wilson disease',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // ESL; what food to bring to school = diet / school life = lifestyle
    message:
      'Hello, my daughter have phenylketonuria, she is 6 years and start school in september. What food she can bring for the lunch? The school cook is asking me and I not know what to tell her.',
    focus: 'phenylketonuria',
    types: ['lifestyle'],
  },
  {
    // is the fatigue part of it = symptoms; does it get worse with age = prognosis
    message:
      'anyone else w/ EDS get crazy fatigue?? is that actually part of it or am i imagining things. also does it get worse as you get older, im 31 and feel like im 60 lol',
    focus: 'EDS',
    types: ['symptoms', 'prognosis'],
  },
  {
    // medicine + alcohol = interactions (lupus only explains why she takes it)
    message:
      'I take hydroxychloroquine for lupus. Is it ok to have a glass or two of wine at a wedding this weekend?',
    focus: 'hydroxychloroquine',
    types: ['interactions'],
  },
  {
    // teacher: what it is = information; supporting him in class = lifestyle (school)
    message:
      "I teach year 4 and in September I will have a pupil with Tourette syndrome in my class. I don't know much about it. Could you tell me what it is, and give me some ideas on how to support him in the classroom?",
    focus: 'Tourette syndrome',
    types: ['information', 'lifestyle'],
  },
  {
    // which gene = genetic_changes; how common = frequency; how treated = treatment
    message:
      "Hi, I'm a nursing student doing a presentation on cystic fibrosis. Which gene is faulty in it, how common is it in Europe, and how is it treated nowadays?",
    focus: 'cystic fibrosis',
    types: ['genetic_changes', 'frequency', 'treatment'],
  },
  {
    // condition only in subject; chance I have it from my dad = inheritance; predictive test = diagnosis
    subject: 'Huntington disease in our family',
    message:
      "My dad was diagnosed last year at 52. I'm 27 and my partner and I want kids at some point. What are the chances that I inherited it from him? Is there a test that can tell me before I get any symptoms?",
    focus: 'Huntington disease',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // missed dose = drug_usage
    message: 'forgot my levothyroxine this morning, do i take it now or just skip until tomorrow?',
    focus: 'levothyroxine',
    types: ['drug_usage'],
  },
  {
    // condition + medicine; other treatments for MG = treatment; specialist centre = find_specialist
    message:
      "Diagnosed with myasthenia gravis two weeks ago after my eyelids started drooping. I've been started on pyridostigmine. If that doesn't control it, what other treatments are there? Also can you point me to a specialist centre for MG in the north of England?",
    focus: 'myasthenia gravis',
    types: ['treatment', 'find_specialist'],
  },
  {
    // misspelled focus; hereditary = inheritance
    message: 'is marfan syndrom hereditary',
    focus: 'marfan syndrom',
    types: ['inheritance'],
  },
  {
    // caregiver; warfarin with aspirin = interactions; signs of bleeding = side_effects
    subject: "Mum's medicines",
    message:
      "My mother is 81 and has been on warfarin since her stroke in the spring. She also buys aspirin at the supermarket for her knees and doesn't tell the GP. Is it safe for her to take the two together? And what signs of bleeding should I be looking out for?",
    focus: 'warfarin',
    types: ['interactions', 'side_effects'],
  },
  {
    // misspelled focus; treatment options = treatment
    message: 'what are the treatment options for Gauchers disease',
    focus: 'Gauchers disease',
    types: ['treatment'],
  },
  {
    // long story; is enzyme replacement a cure = treatment; wheelchair / breathing help later = prognosis
    subject: 'Finally a diagnosis after ten years',
    message:
      'For years I thought I was just unfit. I got out of breath on the stairs, struggled to get up from low chairs and my lower back ached all the time. Three different doctors told me to lose weight and exercise more. Now, at 44, after a muscle biopsy and an enzyme blood test, I have been told I have late-onset Pompe disease. In a way it is a relief to have a name for it. My consultant has mentioned enzyme replacement infusions every two weeks. Is that a cure or does it only slow things down? And realistically, will I end up needing a wheelchair or help with my breathing?',
    focus: 'Pompe disease',
    types: ['treatment', 'prognosis'],
  },
  {
    // two conditions; "is X linked to Y" = association
    message:
      'My daughter is 11 and has Turner syndrome. She keeps getting stomach aches and bloating after meals. Is Turner syndrome linked to celiac disease? Her friend has celiac and her mum mentioned there might be a connection.',
    focus: 'Turner syndrome',
    types: ['association'],
  },
  {
    // condition + medicine; daily / same time = drug_usage; what to watch for = side_effects
    message:
      'My son is 9 and has sickle cell disease. His hematologist wants to start him on hydroxyurea. Does he take it every day, and does it have to be at the same time each day? What side effects should we watch for?',
    focus: 'hydroxyurea',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // can it lead to cirrhosis/liver cancer = complications; red meat / alcohol = lifestyle (diet)
    message:
      'My husband (58) has hemochromatosis and has blood taken off every few weeks. His last scan showed some scarring on the liver. Can hemochromatosis lead to cirrhosis or liver cancer? And should he be avoiding red meat or alcohol?',
    focus: 'hemochromatosis',
    types: ['complications', 'lifestyle'],
  },
  {
    // am I at risk = susceptibility; someone who understands this = find_specialist
    subject: 'My carrier result',
    message:
      "A blood test shows I am an MZ carrier for alpha-1 antitrypsin deficiency. I'm 38 and I do smoke a few cigarettes a day. Am I at risk of getting lung disease myself, being only a carrier? And is there somewhere I could talk to someone who really knows about this?",
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['susceptibility', 'find_specialist'],
  },
  {
    // clinical trials = research
    message:
      'are there any clinical trials for rett syndrome recruiting young kids at the moment? my niece is 4 and my sister is desperate',
    focus: 'rett syndrome',
    types: ['research'],
  },
  {
    // pregnancy safety = contraindications; does it stop the pill working = interactions
    message:
      "I was prescribed modafinil for narcolepsy about a year ago. My partner and I want to start trying for a baby. Is it safe to stay on it while I'm pregnant? Also I read somewhere that modafinil can stop the pill from working, is that true?",
    focus: 'modafinil',
    types: ['contraindications', 'interactions'],
  },
  {
    // grandparents asking what it is = information
    message:
      'Our grandson was diagnosed with Angelman syndrome today. We are in our seventies and had never heard of it. Can you please explain what this condition is in simple words?',
    focus: 'Angelman syndrome',
    types: ['information'],
  },
  {
    // how many babies born with it = frequency; both parents carriers = inheritance
    message:
      'How many babies are born with spinal muscular atrophy each year? And can two healthy parents really both be carriers without knowing it?',
    focus: 'spinal muscular atrophy',
    types: ['frequency', 'inheritance'],
  },
  {
    // condition only in subject; other problems it can cause = complications; UK doctors = find_specialist
    subject: 'tuberous sclerosis',
    message:
      'my daughter is 2 and was diagnosed with this after her seizures started. what other problems can it cause as she grows up (kidneys? learning?). and are there doctors in the UK who specialise in it?',
    focus: 'tuberous sclerosis',
    types: ['complications', 'find_specialist'],
  },
  {
    // storing capsules while travelling = storage_disposal
    subject: 'Travelling with medication',
    message:
      'My daughter had a kidney transplant last year and takes tacrolimus capsules twice a day. We are flying to Spain for two weeks in July. How should we store them on the plane and in the hotel room, do they need to be kept cold?',
    focus: 'tacrolimus',
    types: ['storage_disposal'],
  },
  {
    // odds child has it = inheritance; picked up in pregnancy = diagnosis; usual outlook = prognosis
    message:
      "my partner has NF1 (cafe au lait spots and some small bumps on his skin) and we're thinking about trying for a baby. what are the odds our child would have it? can it be picked up during pregnancy? and if the baby does have it what's the usual outlook?",
    focus: 'NF1',
    types: ['inheritance', 'diagnosis', 'prognosis'],
  },
  {
    // what causes it = cause; linked to autism = association
    message: 'what causes fragile x syndrome? and is it linked to autism? my nephew has both diagnoses',
    focus: 'fragile x syndrome',
    types: ['cause', 'association'],
  },
  {
    // "contain lactose" = ingredients
    message: "Does metformin contain lactose? I can't tolerate dairy at all.",
    focus: 'metformin',
    types: ['ingredients'],
  },
  {
    // friend; how quickly it progresses = prognosis; support groups = find_specialist
    subject: 'How can I help my friend?',
    message:
      'My closest friend, 49, was told last month that she has ALS. She is still working but her hands are getting weaker. How quickly does it usually progress? And are there support groups for friends and family, not only for the patients?',
    focus: 'ALS',
    types: ['prognosis', 'find_specialist'],
  },
  {
    // ESL; which test confirms it = diagnosis
    message:
      'Hello. I am from Turkey, living in Germany now. My doctor think I maybe have Behcet disease because the mouth ulcers always coming back and I had eye inflammation two times. Which test can confirm this disease for sure?',
    focus: 'Behcet disease',
    types: ['diagnosis'],
  },
  {
    // what a dangerous rash looks like = side_effects; missed doses = drug_usage
    message:
      'My 15 year old just started lamotrigine for her seizures. The leaflet talks about a serious skin rash. What does a dangerous rash look like? And what should we do if she misses a couple of doses, since they told us to increase it slowly?',
    focus: 'lamotrigine',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // heart damage later = complications; competitive sport = lifestyle
    message:
      'Our son had Kawasaki disease when he was 3 and got the immunoglobulin drip in hospital. He is 8 now and wants to join a football club. Can it damage his heart later in life? Is it safe for him to play competitive sport?',
    focus: 'Kawasaki disease',
    types: ['complications', 'lifestyle'],
  },
  {
    // "can X cause Y" between two conditions = association
    subject: 'tired all the time',
    message:
      "I've had hypothyroidism for about ten years and take my tablets every morning. My levels are apparently fine but I feel low and flat most days. Can hypothyroidism cause depression even when the blood tests are normal?",
    focus: 'hypothyroidism',
    types: ['association'],
  },
  {
    // having it without a parent passing it on = inheritance; dialysis eventually = prognosis
    message:
      'I was diagnosed with polycystic kidney disease at 35 after an ultrasound for something else. Nobody else in my family has it as far as I know. Is it possible to have it without it being passed down from a parent? Will I need dialysis eventually?',
    focus: 'polycystic kidney disease',
    types: ['inheritance', 'prognosis'],
  },
  {
    // misspelled medicine; breastfeeding safety = contraindications
    message: 'can you take hydroxycloroquine while breastfeeding?',
    focus: 'hydroxycloroquine',
    types: ['contraindications'],
  },
  {
    // any treatment = treatment; keep driving = lifestyle
    message:
      "Is there any treatment for retinitis pigmentosa yet? I'm 35 and losing my night vision and some of my side vision. Also, can I keep driving for now?",
    focus: 'retinitis pigmentosa',
    types: ['treatment', 'lifestyle'],
  },
  {
    // how common = frequency
    message: 'how common is achondroplasia?',
    focus: 'achondroplasia',
    types: ['frequency'],
  },
  {
    // condition only in subject; can it be treated = treatment; sister's chance of having it = inheritance
    subject: 'Alport syndrome',
    message:
      'My nephew was diagnosed with this last month, he is 12. They said it affects the kidneys, the hearing and the eyes. Can it be treated? And his younger sister is 8 - how likely is it that she has inherited it too?',
    focus: 'Alport syndrome',
    types: ['treatment', 'inheritance'],
  },
  {
    // condition + exposure (vaccine) "can X cause Y" = association
    message:
      'Can the flu vaccine cause Guillain-Barre syndrome? I had GBS five years ago and my GP is offering me the jab again this autumn.',
    focus: 'Guillain-Barre syndrome',
    types: ['association'],
  },
  {
    // what it is supposed to do = indication; how many times a day = drug_usage
    message:
      'My dad (ALS) has just been started on riluzole. What is it actually supposed to do for him? And how many times a day is he meant to take it?',
    focus: 'riluzole',
    types: ['indication', 'drug_usage'],
  },
];
