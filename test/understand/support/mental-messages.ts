/**
 * "mental" set: 40 messages about mental health and neurodevelopmental conditions and their medicines, from
 * patients, parents, partners and friends: what is going on, families, treatment and therapy, outlook, side
 * effects and coming off medicines, help and support groups, school, work and daily life. Written by
 * someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. First scored before any change for it: focus 0.975, type F1 0.744. Scored by mental.test.ts and
 * by `npx tsx test/understand/support/score-messages.ts --mental --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const MENTAL_MESSAGES: ConsumerMessage[] = [
  {
    // "could it be depression" = diagnosis; "what treatment is there for kids his age" (and "do they always put them on tablets", same question) = treatment.
    subject: 'Worried about my son',
    message:
      "Hi, my son is 15 and since Christmas he's stopped seeing his friends, sleeps till 2pm at weekends, and his grades have dropped off a cliff. He told his sister he feels 'empty'. Is this normal teenage stuff or could it be depression? And if it is, what treatment is there for kids his age - do they always put them on tablets? Thank you.",
    focus: 'depression',
    types: ['diagnosis', 'treatment'],
  },
  {
    // "can i drink a couple beers on zoloft" = interactions (medicine with alcohol).
    message: 'can i drink a couple beers on zoloft',
    focus: 'zoloft',
    types: ['interactions'],
  },
  {
    // "Is that from the Effexor??" = side_effects (whether a problem comes from the medicine); "How slowly are you supposed to taper it?" = drug_usage (stopping).
    message:
      "I've been on Effexor 150mg for about six years. Last week I forgot it for a day and a half and felt like I was being electrocuted every time I moved my eyes, plus dizzy and crying over nothing. Is that from the Effexor?? My GP says I can come off it now that things are better but after that I'm terrified. How slowly are you supposed to taper it?",
    focus: 'Effexor',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "what the chances are that our kids would get it too" and "Does it run in families" (same question) = inheritance.
    message:
      "My husband has bipolar disorder (type 1, diagnosed at 19). We're talking about starting a family and I keep wondering what the chances are that our kids would get it too. Does it run in families the way people say?",
    focus: 'bipolar disorder',
    types: ['inheritance'],
  },
  {
    // "will he ever be able to live on his own or have a job??" = prognosis; "is there anywhere for families like us to talk to people who get it" = find_specialist (support group).
    subject: 'my brother',
    message:
      'my brother got diagnosed with skitzophrenia last year hes 23. hes on injections now and a lot calmer but he sits in his room all day and my mum does everything for him. will he ever be able to live on his own or have a job?? and is there anywhere for families like us to talk to people who get it because my mum is falling apart',
    focus: 'skitzophrenia',
    types: ['prognosis', 'find_specialist'],
  },
  {
    // "What causes OCD in children" = cause; "Is that the best treatment or should she be on medication as well?" (the exposure and response prevention) = treatment.
    message:
      'Our daughter is 9 and was diagnosed with OCD in the spring. She washes her hands until they crack and bleed, and bedtime takes two hours of checking. What causes OCD in children? Her therapist wants to do exposure and response prevention. Is that the best treatment or should she be on medication as well?',
    focus: 'OCD',
    types: ['cause', 'treatment'],
  },
  {
    // "Could the anorexia nervosa have damaged her fertility for good, or her heart?" = complications (effect on fertility and other organs).
    message:
      "My girlfriend is 24 and recovering from anorexia nervosa, she's been in treatment for about a year. Her periods stopped two years ago and still haven't come back. Could the anorexia nervosa have damaged her fertility for good, or her heart? She won't talk to her doctor about it.",
    focus: 'anorexia nervosa',
    types: ['complications'],
  },
  {
    // "Is there a peer support group for veterans with PTSD around Tucson?" = find_specialist.
    message:
      "Army vet, two tours. Diagnosed with PTSD through the VA. Is there a peer support group for veterans with PTSD around Tucson? Not looking for another 1 on 1 shrink, I want guys who've been there.",
    focus: 'PTSD',
    types: ['find_specialist'],
  },
  {
    // "Should I be tested for ADHD as an adult" = diagnosis; "how do adults with ADHD manage at work?" = lifestyle (work).
    subject: 'Adult ADHD?',
    message:
      "My 8 year old son was just diagnosed with ADHD and while filling out the questionnaires I felt like I was reading about myself. I'm 34, I lose my keys daily, miss deadlines unless they're on fire, and I've switched jobs five times. Should I be tested for ADHD as an adult, and if I do have it, how do adults with ADHD manage at work? I'm worried about losing this job too.",
    focus: 'ADHD',
    types: ['diagnosis', 'lifestyle'],
  },
  {
    // "What is the chance our next child will have autism too?" = inheritance (chance a next baby has it).
    message:
      "Our oldest (4) has autism, diagnosed last year. We'd love another baby but honestly I'm scared. What is the chance our next child will have autism too?",
    focus: 'autism',
    types: ['inheritance'],
  },
  {
    // "What should the school be doing to support a child with Tourette's syndrome?" = lifestyle (school).
    subject: "Tourette's and school",
    message:
      "My son has Tourette's syndrome. He's 11 and his vocal tics (mostly sniffing and a high 'eep' sound) have got a lot worse this term. His teacher keeps sending him into the corridor for 'disrupting the class'. What should the school be doing to support a child with Tourette's syndrome? I don't know what to ask for at the meeting next week.",
    focus: "Tourette's syndrome",
    types: ['lifestyle'],
  },
  {
    // "Is lithium safe to take during pregnancy, or will I have to stop it?" = contraindications (pregnancy); the breastfeeding line is a wish, not a question.
    message:
      "I have bipolar disorder and have been stable on lithium for 8 years, first time in my life I've felt normal. My partner and I want to try for a baby next year. Is lithium safe to take during pregnancy, or will I have to stop it? I'd also like to breastfeed if I can.",
    focus: 'lithium',
    types: ['contraindications'],
  },
  {
    // "is the seroquel doing this??" (the weight gain) = side_effects.
    message:
      'been on seroquel 300 at night for 6 months and ive put on 18kg. 18!!! none of my clothes fit. is the seroquel doing this??',
    focus: 'seroquel',
    types: ['side_effects'],
  },
  {
    // "Is it OK to skip it on weekends and during the summer holidays, or does she need to take it every day" = drug_usage (timing, skipping doses).
    message:
      'Our daughter is 8 and has been on Ritalin since September. The school only really needs it in the daytime on weekdays. Is it OK to skip it on weekends and during the summer holidays, or does she need to take it every day for it to work?',
    focus: 'Ritalin',
    types: ['drug_usage'],
  },
  {
    // "Why does smoking affect clozapine?" and "He's using nicotine patches, do those make a difference too?" = interactions (one type).
    message:
      "My son (31) has been on clozapine for years and is finally trying to stop smoking. His pharmacist said quitting could push his clozapine levels up. Why does smoking affect clozapine? He's using nicotine patches, do those make a difference too?",
    focus: 'clozapine',
    types: ['interactions'],
  },
  {
    // "Is Lexapro safe while breastfeeding?" = contraindications.
    message: 'Is Lexapro safe while breastfeeding?',
    focus: 'Lexapro',
    types: ['contraindications'],
  },
  {
    // "What kind of diet should she be on at our house?" = lifestyle (diet); "are the huge meltdowns ... part of Prader-Willi syndrome too" = symptoms (whether a sign belongs to it).
    message:
      "Our granddaughter has Prader-Willi syndrome and lives with us half the week. She's 7. She'll eat anything - we've caught her eating out of the bin - and we've had to put a lock on the fridge. What kind of diet should she be on at our house? And are the huge meltdowns when plans change part of Prader-Willi syndrome too, or is that something else?",
    focus: 'Prader-Willi syndrome',
    types: ['lifestyle', 'symptoms'],
  },
  {
    // "What is selective mutism?" = information.
    message:
      "What is selective mutism? My niece chatters non stop at home but hasn't said a single word at school in two years.",
    focus: 'selective mutism',
    types: ['information'],
  },
  {
    // "Is there any treatment for trichotillomania that actually works?" = treatment; "Are there any studies going on into new treatments that I could join?" = research.
    subject: 'Hair pulling',
    message:
      "I've pulled out my hair since I was 12 and I'm 29 now. I have a bald patch on the crown that I hide with a headband. I've done CBT, tried NAC, fidget toys, wearing gloves to bed. Is there any treatment for trichotillomania that actually works? Are there any studies going on into new treatments that I could join?",
    focus: 'trichotillomania',
    types: ['treatment', 'research'],
  },
  {
    // "How common is binge eating disorder in men?" = frequency.
    message:
      "How common is binge eating disorder in men? Everything I find is about women and I'm starting to feel like a freak.",
    focus: 'binge eating disorder',
    types: ['frequency'],
  },
  {
    // "Can panic attacks cause chest pain and numb arms?" = symptoms.
    message:
      "Can panic attacks cause chest pain and numb arms? I've been to the ER three times and my heart is fine every time.",
    focus: 'panic attacks',
    types: ['symptoms'],
  },
  {
    // "Does having it once make me more likely to get postnatal depression again?" = susceptibility (a past episode raising the risk); "Is there anything I can do now to stop it happening this time?" = prevention.
    message:
      "I had bad postnatal depression after my first baby - I didn't bond with her for months and had some really dark thoughts. I'm now 20 weeks pregnant with my second. Does having it once make me more likely to get postnatal depression again? Is there anything I can do now to stop it happening this time?",
    focus: 'postnatal depression',
    types: ['susceptibility', 'prevention'],
  },
  {
    // "Does living this far north make you more likely to get it?" = susceptibility (exposure and risk); "Do those light boxes actually help?" = treatment.
    message:
      "I moved from Miami to Minneapolis two years ago and every November I just crash - can't get out of bed, crave carbs, cry at work. My doctor thinks it's seasonal affective disorder. Does living this far north make you more likely to get it? Do those light boxes actually help?",
    focus: 'seasonal affective disorder',
    types: ['susceptibility', 'treatment'],
  },
  {
    // "How rare is Kleine-Levin syndrome?" = frequency; "Will he grow out of it, or is this his life now?" = prognosis; "is anybody researching it?" (and the trial) = research.
    subject: 'Kleine-Levin syndrome - please help',
    message:
      "Our son Jonah is 16. Three times in the past year he has 'gone under' - he sleeps 18 to 20 hours a day for a week or ten days, wakes only to eat huge amounts, and when he is awake he is like a different child: confused, childish, says everything feels like a dream. Then one morning he is just himself again, with hardly any memory of it. He has missed most of a term of school. After an EEG, an MRI and a sleep study, the neurologist says it is probably Kleine-Levin syndrome. We had never heard of it. How rare is Kleine-Levin syndrome? Will he grow out of it, or is this his life now? And is anybody researching it? We would happily sign him up for a trial if there is one. Thank you for reading this.",
    focus: 'Kleine-Levin syndrome',
    types: ['frequency', 'prognosis', 'research'],
  },
  {
    // "Is there really a link between DiGeorge syndrome and schizophrenia" = association (second condition named).
    message:
      'My daughter is 12 and has DiGeorge syndrome. Someone on a parents forum said these kids often end up with schizophrenia as teenagers and I have not slept since. Is there really a link between DiGeorge syndrome and schizophrenia, or is that old information?',
    focus: 'DiGeorge syndrome',
    types: ['association'],
  },
  {
    // "How does an antidepressant help you stop smoking?" = indication (how it works); "is Wellbutrin OK for someone like me?" (after a seizure) = contraindications.
    message:
      'My doctor wants to switch me from citalopram to Wellbutrin because it might also help me quit smoking. How does an antidepressant help you stop smoking? I had one seizure when I was 17 after a concussion - is Wellbutrin OK for someone like me?',
    focus: 'Wellbutrin',
    types: ['indication', 'contraindications'],
  },
  {
    // "Do they contain aspartame?" = ingredients (PKU is a second condition named).
    message:
      'My son has PKU and his psychiatrist has prescribed mirtazapine orodispersible tablets. Do they contain aspartame? He has to avoid phenylalanine completely.',
    focus: 'mirtazapine',
    types: ['ingredients'],
  },
  {
    // "How does Strattera work if it isn't a stimulant?" = indication; "is there a cheaper generic version?" = other (cost, insurance).
    message:
      "How does Strattera work if it isn't a stimulant? Our son's insurance will only pay for it after he has tried two stimulants first - is there a cheaper generic version?",
    focus: 'Strattera',
    types: ['indication', 'other'],
  },
  {
    // "it can make boys grow breasts?? Is that true?" = side_effects.
    message:
      'My 10 year old is autistic and was put on risperidone for aggression. A mum at our support group said it can make boys grow breasts?? Is that true?',
    focus: 'risperidone',
    types: ['side_effects'],
  },
  {
    // "Is it dangerous to keep taking it?" (in pregnancy) = contraindications; "Can I just stop it today?" = drug_usage (stopping).
    subject: 'Paxil and pregnancy',
    message:
      "I just found out I'm 6 weeks pregnant (not planned!) and I've been taking Paxil 20mg for panic for three years. I read that Paxil can cause heart defects in babies. Is it dangerous to keep taking it? Can I just stop it today?",
    focus: 'Paxil',
    types: ['contraindications', 'drug_usage'],
  },
  {
    // "how do i get rid of old adderal pills?" and "can i just flush them" (same question) = storage_disposal.
    message:
      'how do i get rid of old adderal pills? my son stopped them 2 years ago and theres still half a bottle in the cupboard. can i just flush them',
    focus: 'adderal',
    types: ['storage_disposal'],
  },
  {
    // "Is this the dangerous rash everyone warns about??" = side_effects; "do I take two today?" (after a missed dose) = drug_usage.
    message:
      "Started lamictal 3 weeks ago as a mood stabiliser, dose went up to 50mg on monday and now I have a red itchy rash on my chest and arms. Is this the dangerous rash everyone warns about?? Also I missed yesterday's dose because I was panicking - do I take two today?",
    focus: 'lamictal',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Doesn't Prozac make teenagers more suicidal?" = side_effects.
    message:
      "Our 14 year old's psychiatrist wants to start her on Prozac. Doesn't Prozac make teenagers more suicidal? She already has dark thoughts and I'm frightened it will make things worse.",
    focus: 'Prozac',
    types: ['side_effects'],
  },
  {
    // "Do people with borderline personality disorder actually get better?" = prognosis.
    message:
      'My partner was diagnosed with borderline personality disorder three months ago after a suicide attempt. Everything I read online is so bleak. Do people with borderline personality disorder actually get better?',
    focus: 'borderline personality disorder',
    types: ['prognosis'],
  },
  {
    // "How do they tell schizoaffective disorder apart from severe depression with psychosis?" = diagnosis (telling it apart from another condition).
    message:
      'My dad has had three different labels in ten years and nobody explains anything. Now it is schizoaffective disorder. How do they tell schizoaffective disorder apart from severe depression with psychosis?',
    focus: 'schizoaffective disorder',
    types: ['diagnosis'],
  },
  {
    // "Which gene is it?" = genetic_changes; "Could I be a carrier" = inheritance (carriers).
    message:
      "My nephew has fragile X syndrome - he's 6, very anxious, flaps his hands and won't look at anyone. My sister (his mum) found out she's a carrier and says I should get checked too. Which gene is it? Could I be a carrier even though nobody in our family has ever had problems?",
    focus: 'fragile X syndrome',
    types: ['genetic_changes', 'inheritance'],
  },
  {
    // "Can Huntington's disease start with mood and personality changes before the movements?" = symptoms (whether signs belong to it).
    message:
      "My grandfather died of Huntington's disease. My mum is 58 and over the past year she's become snappy, low and really paranoid, but she has no jerky movements at all. Can Huntington's disease start with mood and personality changes before the movements?",
    focus: "Huntington's disease",
    types: ['symptoms'],
  },
  {
    // "Could this be Wilson's disease?" and "What test would they do?" = diagnosis (one type).
    message:
      "My daughter is 19. In the past six months she's had a psychotic episode, her hands shake, and some days her speech is slurred. The psychiatric team say it's a first episode of psychosis, but a friend who is a nurse asked if anyone had checked her for Wilson's disease. Could this be Wilson's disease? What test would they do?",
    focus: "Wilson's disease",
    types: ['diagnosis'],
  },
  {
    // "Could this be PANDAS?" = diagnosis.
    message:
      'Our son is 7. Within about two days of a strep throat he suddenly developed OCD behaviours and a neck jerking tic, like someone flicked a switch. Our paediatrician had never heard of PANDAS. Could this be PANDAS?',
    focus: 'PANDAS',
    types: ['diagnosis'],
  },
  {
    // "Will the tardive dyskinesia go away?" = prognosis (course, whether she will recover).
    message:
      "My mum has been on haloperidol for over 30 years. For the last year her tongue and lips move all the time on their own and the doctor says it's tardive dyskinesia. They've stopped the haloperidol now. Will the tardive dyskinesia go away?",
    focus: 'tardive dyskinesia',
    types: ['prognosis'],
  },
];
