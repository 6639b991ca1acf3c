/**
 * "carehomes" set. Messages about care at home and in care homes: carers, nursing homes, respite, caring for
 * an adult who can no longer live alone, with other questions about the condition and its medicines. Written
 * by someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once, before any change made for it (focus 0.950, type F1 0.919). Scored by carehomes.test.ts
 * and by `npx tsx test/understand/support/score-messages.ts --carehomes --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const CAREHOMES_MESSAGES: ConsumerMessage[] = [
  // why: asks only how long people live at this stage: prognosis.
  {
    subject: 'Huntingtons - nursing home',
    message:
      'my husband has huntingtons and moves into a nursing home next month. how long do people usually live once they get to this stage?',
    focus: 'Huntington disease',
    types: ['prognosis'],
  },
  // why: whether early Alzheimer's runs in the family and the odds for her, her brothers and her daughters: all inheritance.
  {
    message:
      "Hello. I am writing on behalf of myself and my two brothers. Our mother was diagnosed with Alzheimer's at 61 and for the last four years I have been her main carer, with help from a home care agency three mornings a week. In March we finally had to move her into a nursing home because she had started wandering at night and I could not keep her safe any more. It has been the hardest decision of my life. Her own mother also had \"senile dementia\", as they called it then, in her sixties. I am now 44 and every time I forget a name I panic. Does early Alzheimer's like my mother's run in families, and what are the odds that I or my brothers will get it? I also have two teenage daughters and I worry whether it could be passed down to them. Thank you for reading this.",
    focus: 'Alzheimer disease',
    types: ['inheritance'],
  },
  // why: asks about the timing of a dose (morning or bedtime): drug_usage.
  {
    message:
      'The care home gives my mum her donepezil with breakfast. Would it be better for her to take it at bedtime?',
    focus: 'donepezil',
    types: ['drug_usage'],
  },
  // why: Medicare paying for an overnight aide is a cost question (other); a support group for spouse carers is find_specialist.
  {
    subject: 'caring for my husband with ALS',
    message:
      "Hi there, my husband Dave was diagnosed with ALS about two years ago. He's 59, was a contractor his whole life, and now he can't walk or use his hands and he's starting to have trouble swallowing. I quit my job last fall to take care of him full time. Our kids help on weekends but they live two hours away. Honestly I'm exhausted - he needs turning at night and I haven't slept more than 3 hours straight in months. Does Medicare cover a home health aide to come in overnight, or is that something we'd have to pay for ourselves? And is there a support group for spouses who are caregivers? I feel very alone in this. Thanks for listening.",
    focus: 'amyotrophic lateral sclerosis',
    types: ['other', 'find_specialist'],
  },
  // why: memantine together with a blood pressure tablet: interactions.
  {
    message:
      'Is it ok for my father to take memantine together with his blood pressure tablets (amlodipine)?',
    focus: 'memantine',
    types: ['interactions'],
  },
  // why: whether seeing things and confusion are part of Parkinson's (symptoms), and what happens from here (prognosis).
  {
    message:
      "My dad is 81 and has had Parkinson's for about twelve years. Mum looked after him at home until last year when she had her own hip operation and couldn't lift him anymore, so he went into a care home near us. The staff are kind but they don't seem to know much about Parkinson's. Lately when I visit he's seeing things - he told me there were children sitting on the end of his bed - and he gets very muddled in the afternoons. He also had two falls last month. Is the seeing things and the confusion part of the Parkinson's itself? The staff just say it's his age. And what usually happens from here, does it go downhill quickly at this stage? We're trying to plan ahead for mum's sake.",
    focus: 'Parkinson disease',
    types: ['symptoms', 'prognosis'],
  },
  // why: asks what the condition is: information.
  {
    message:
      'What is frontotemporal dementia? My uncle was diagnosed with it at 58 and my aunt is now caring for him at home.',
    focus: 'frontotemporal dementia',
    types: ['information'],
  },
  // why: whether haloperidol should be given to someone with Lewy body dementia is a precaution about the medicine: contraindications, focus the medicine.
  {
    subject: 'Lewy body dementia and antipsychotics',
    message:
      'My grandmother has Lewy body dementia and lives in a nursing home. Last night she was very agitated and the out-of-hours doctor prescribed haloperidol. I have read online that people with Lewy body can react very badly to this kind of drug. Should she be given haloperidol at all?',
    focus: 'haloperidol',
    types: ['contraindications'],
  },
  // why: whether PSP is the same as Parkinson's: information.
  {
    message:
      'is psp the same thing as parkinsons? my gran has it and the nurses at her home keep calling it parkinsons',
    focus: 'progressive supranuclear palsy',
    types: ['information'],
  },
  // why: life expectancy now and whether he could live into his thirties or forties are one outlook question: prognosis.
  {
    message:
      "Our son Tom is 19 and has Duchenne. He uses a power chair, has a ventilator at night, and my husband and I do all his personal care - washing, toileting, turning him at night. We've done it since he was small and we don't regret a minute, but we are both in our late fifties now and my husband has a bad back. Tom is thinking about moving into supported living with his own carers, which is brilliant, but it has made us think about the future. When he was diagnosed we were told boys with Duchenne don't live past their teens. He's already past that. What is the life expectancy for young men with Duchenne now, with the ventilation and the heart medicines? Is it realistic to think he could live into his thirties or forties? We would just like some honest information.",
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis'],
  },
  // why: asks which gene is broken: genetic_changes.
  {
    message:
      'Hello, my sister has myotonic dystrophy type 1. She is 47 and now she cannot live alone anymore, she falls and is very tired all the time, so she is moving in with me. The doctor told us it is genetic but did not explain more. Which gene is it that is broken in this disease?',
    focus: 'myotonic dystrophy',
    types: ['genetic_changes'],
  },
  // why: whether people with Down syndrome get Alzheimer's younger is a higher risk of another condition (complications); how to find out, a test or memory assessment, is diagnosis.
  {
    subject: "my brother with Down's syndrome - memory problems",
    message:
      "My brother Paul is 52 and has Down's syndrome. He lived with our mum all his life but she died in January, and since then he's been living with me and my family. We love having him but it's been a big adjustment for everyone. Over the last few months I've noticed he's forgetting things he always knew, like how to make his cup of tea, and he's lost interest in his drawing, which he has always loved. At first I put it down to grief. But a friend told me people with Down's syndrome often get Alzheimer's much younger than other people - is that true? And how would we find out if that's what's going on, is there a test or a memory assessment he can have? He gets very anxious with doctors so I want to be sure before I put him through anything.",
    focus: 'Down syndrome',
    types: ['complications', 'diagnosis'],
  },
  // why: asks about open clinical trials for adults: research.
  {
    message:
      'my daughter has rett syndrome, she is 24 now and we still care for her at home with a carer coming in the mornings. most of what we read is about little girls. are there any clinical trials open for adults with rett?',
    focus: 'Rett syndrome',
    types: ['research'],
  },
  // why: whether the aunt is a carrier and the chance of her having an affected boy: inheritance.
  {
    message:
      "My grandson, who's 6, has fragile X syndrome. I look after him after school three days a week while my daughter works. My daughter was tested and she is a carrier. She has a younger sister who's getting married next year. Could she be a carrier too, and what would the chances be of her having a boy with fragile X?",
    focus: 'fragile X syndrome',
    types: ['inheritance'],
  },
  // why: how group home staff should manage his food day to day is diet and daily life: lifestyle.
  {
    subject: 'Group home and PWS',
    message:
      "Our son is 23 and has Prader-Willi syndrome. After years of living with us he's moving into a group home in the fall, which is exciting and terrifying at the same time. The staff there have never supported anyone with PWS. What do they need to know about managing his food and meals day to day?",
    focus: 'Prader-Willi syndrome',
    types: ['lifestyle'],
  },
  // why: whether there is now a medicine for FA and whether it would help him: treatment.
  {
    message:
      "I'm 31 and have Friedreich's ataxia. I've used a wheelchair for eight years and have carers who come in twice a day to help me get up and go to bed. My neurologist appointment isn't until next spring. I keep reading online that there is finally a medicine for FA. Is that true, and would it help someone like me who's already quite far along?",
    focus: 'Friedreich ataxia',
    types: ['treatment'],
  },
  // why: what more can help the fainting (treatment), how long he can live (prognosis), a special MSA clinic (find_specialist).
  {
    message:
      'Dear sir or madam, my husband is 66 years and he has multiple system atrophy since 4 years. Now he cannot walk alone and a nurse comes to our home every day for his bladder catheter. The biggest problem is when he stand up he becomes white and faint, two times he fall down in the kitchen and I cannot lift him, I must call the neighbour. The neurologist give him tablets but it is not much better. Is there something more what can help for this fainting? Also I want to ask how long he can live with this illness, the doctor do not say us clearly. And is there some special clinic for MSA in our country (we live in Netherlands)? Thank you very much.',
    focus: 'multiple system atrophy',
    types: ['treatment', 'prognosis', 'find_specialist'],
  },
  // why: whether visitors can catch it: susceptibility.
  {
    message: 'my aunt has cjd and is in a hospis now. is it safe for us to visit her, can we catch it?',
    focus: 'Creutzfeldt-Jakob disease',
    types: ['susceptibility'],
  },
  // why: why the medicine would be given, what it is for: indication.
  {
    message:
      "Why would a care home give my dad quetiapine? He's never had schizophrenia or anything like that.",
    focus: 'quetiapine',
    types: ['indication'],
  },
  // why: cranberry juice with warfarin (interactions) and what to do about a forgotten dose (drug_usage).
  {
    message:
      'I look after my husband who is 84 and had a stroke two years ago. He takes warfarin every evening. He has always loved cranberry juice, is it alright for him to still drink it? And what should I do if I forget to give him his tablet one night, should I give him two the next day?',
    focus: 'warfarin',
    types: ['interactions', 'drug_usage'],
  },
  // why: whether the drinking caused it is a named exposure asked as its cause (association); whether he will get better is prognosis.
  {
    message:
      'my brother is in a care home with korsakoffs. was it the drinking that caused it and will he ever get any better',
    focus: 'Wernicke-Korsakoff syndrome',
    types: ['association', 'prognosis'],
  },
  // why: whether it is worth starting a treatment as an adult: treatment.
  {
    subject: 'SMA type 2 - treatment as an adult?',
    message:
      "I'm 34 and have SMA type 2. I live on my own with support from personal assistants around the clock. When I was a kid there was nothing, but now there seem to be several treatments. Is it worth starting one at my age, or are they only for babies and children?",
    focus: 'spinal muscular atrophy',
    types: ['treatment'],
  },
  // why: whether CP gets worse with age (prognosis), whether it causes hip problems (complications), a group for parents (find_specialist).
  {
    message:
      'I am 68 and my son Michael is 38. He has cerebral palsy (spastic quadriplegia) and has lived at home with me since he was born; my husband passed away six years ago so it is just the two of us. I do everything for him, with help from a carer who comes twice a week. Lately Michael seems to be in more pain, his hips are stiffer, and he is not as good at helping me when I transfer him to his chair. I always believed CP does not get worse, so is this normal as people with CP get older? Can CP cause problems with the hips later in life? I also wonder if there is a group somewhere for parents like me who are still caring for their grown-up children with CP - I would love to speak to someone in the same boat.',
    focus: 'cerebral palsy',
    types: ['prognosis', 'complications', 'find_specialist'],
  },
  // why: whether the laughing and hand flapping are part of it: symptoms.
  {
    message:
      'my little brother has angelman syndrome, is it part of it that he laughs all the tiem and flaps his hands?? my mum says yes but i wanna know',
    focus: 'Angelman syndrome',
    types: ['symptoms'],
  },
  // why: whether TSC can damage the kidneys over time: complications.
  {
    message:
      "My daughter, 27, has tuberous sclerosis and a learning disability, and lives in supported housing with staff. A recent scan showed growths on both kidneys. The staff asked me what this means for her and I didn't know what to tell them. Can TSC damage the kidneys over time?",
    focus: 'tuberous sclerosis',
    types: ['complications'],
  },
  // why: whether the tablets can be crushed and given through a feeding tube: drug_usage.
  {
    message: "Can riluzole tablets be crushed and given through my husband's feeding tube?",
    focus: 'riluzole',
    types: ['drug_usage'],
  },
  // why: whether the medicine makes you sleepy: side_effects, focus the medicine.
  {
    message:
      "does baclofen make you sleepy? my wife has ms and her carers say she's dozing off all day since she started it",
    focus: 'baclofen',
    types: ['side_effects'],
  },
  // why: ordinary school (lifestyle), gene therapy research in the UK (research), life expectancy (prognosis).
  {
    subject: 'Grandson with EB',
    message:
      "Good morning. My grandson Leo is 5 and was born with a severe type of epidermolysis bullosa. His parents both work, so I look after him most days and I've learned to do his bandages, which takes nearly two hours every morning. He is the bravest little boy. He is supposed to start school in September and the school is nervous about taking him. Is it realistic for a child with EB to go to an ordinary school? I've also read about gene therapy for EB in America, is any of that research going on in the UK? And I hope you don't mind me asking, but what is the life expectancy for his type? His parents won't talk about it.",
    focus: 'epidermolysis bullosa',
    types: ['lifestyle', 'research', 'prognosis'],
  },
  // why: the chance that she has it too (inheritance), how it is diagnosed (diagnosis).
  {
    message:
      "My mum has CADASIL and moved into a nursing home last year after several strokes. I'm 38. What are the chances I have it as well, and how is it diagnosed - is it a blood test?",
    focus: 'CADASIL',
    types: ['inheritance', 'diagnosis'],
  },
  // why: how rare it is: frequency.
  {
    message:
      "How rare is hereditary spastic paraplegia? None of the carers from my husband's home care agency have ever heard of it.",
    focus: 'hereditary spastic paraplegia',
    types: ['frequency'],
  },
  // why: whether a visitor can catch it: susceptibility; the condition is named only in the subject.
  {
    subject: 'scabies at mums nursing home',
    message: 'they said there is an outbreak. can i catch it when i visit her??',
    focus: 'scabies',
    types: ['susceptibility'],
  },
  // why: what MRSA is (information) and how it is treated (treatment).
  {
    message:
      "My father is 88 and in a nursing home. After his hip operation his wound got infected and they've now told us it's MRSA and moved him to a room on his own. We were never told much. What actually is MRSA, and how do they treat it in someone his age?",
    focus: 'MRSA',
    types: ['information', 'treatment'],
  },
  // why: how to get rid of used patches: storage_disposal.
  {
    message:
      'I help look after an elderly friend who lives on her own. How do I get rid of her used fentanyl patches safely?',
    focus: 'fentanyl',
    types: ['storage_disposal'],
  },
  // why: whether the patch causes the sickness and weight loss (side_effects), whether it can go on the same spot every day (drug_usage).
  {
    subject: 'Exelon patch',
    message:
      'Mum is on the rivastigmine patch for her dementia. The nurse at her care home says she has been sick a few times and has lost weight since the dose went up. Could the patch be causing this? Also, is it okay to stick it on the same spot every day? They always seem to put it on her upper back.',
    focus: 'rivastigmine',
    types: ['side_effects', 'drug_usage'],
  },
  // why: a list: what it is (information), how many people have it (frequency), any treatment to slow it (treatment).
  {
    subject: 'Niemann-Pick type C',
    message:
      "Hi, our son is 22 and after years of being told he had psychiatric problems he has just been diagnosed with Niemann-Pick disease type C. He has trouble walking, his speech is slurred and he can't move his eyes up and down properly. He can't work anymore and lives at home with us; I've cut my hours to care for him. We had never heard of this disease and the neurologist's explanation went over our heads. A few questions:\n1. What exactly is Niemann-Pick type C?\n2. How many people have it? The doctor said he'd only seen one other case.\n3. Is there any treatment that can slow it down?\nThank you.",
    focus: 'Niemann-Pick disease type C',
    types: ['information', 'frequency', 'treatment'],
  },
  // why: whether speech therapy or anything else can help her communicate: treatment.
  {
    message:
      "My wife was diagnosed with primary progressive aphasia three years ago. She's 63. She barely speaks now, just a few words, but she still understands a lot and gets very frustrated. I'm her carer. Is speech therapy worth it at this stage, or is there anything else that can help her communicate?",
    focus: 'primary progressive aphasia',
    types: ['treatment'],
  },
  // why: a vaccine to stop it coming back: prevention.
  {
    message:
      'my grandmother is 89 and lives in a care home. she had shingles last winter and it was awful, she was in so much pain for weeks. the nurse said she could get it again. is there a vaccine or something she can have to stop it coming back?',
    focus: 'shingles',
    types: ['prevention'],
  },
  // why: medicines for the self-biting (treatment), whether the daughter's baby could have it (inheritance).
  {
    message:
      'We have cared for our son at home for 25 years. He has Lesch-Nyhan syndrome. He is very bright and funny but he bites his lips and fingers and he has to wear arm splints most of the day. We have tried many things. Now we are getting older and looking for a residential home for him, and we worry a lot that staff will not understand the self-injury is not his choice. Are there any medicines that help reduce the self-biting? Another thing - our daughter is expecting her first baby, a boy. Could the baby have Lesch-Nyhan too?',
    focus: 'Lesch-Nyhan syndrome',
    types: ['treatment', 'inheritance'],
  },
  // why: what he should eat: lifestyle (diet).
  {
    message:
      'my dad has copd and we look after him at home, hes getting really thin, what should he be eating',
    focus: 'COPD',
    types: ['lifestyle'],
  },
  // why: how they test for it: diagnosis.
  {
    message:
      "Mum was thought to have dementia and has lived in a care home for a year. Her walking has got worse and she's now incontinent. A new doctor at the home has said it could actually be normal pressure hydrocephalus. How do they test for that?",
    focus: 'normal pressure hydrocephalus',
    types: ['diagnosis'],
  },
];
