/**
 * "doubts" set. Messages from people who doubt a diagnosis or want a second opinion ("the doctor says it is X
 * but I think it is Y", "could it be misdiagnosed", symptoms that do not fit, where to find an expert). Written
 * by someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once, before any change made for it (focus 1.000, type F1 0.938). Scored by doubts.test.ts and
 * by `npx tsx test/understand/support/score-messages.ts --doubts --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const DOUBTS_MESSAGES: ConsumerMessage[] = [
  // why: "Could this be POTS?" asks whether her signs could be the condition (diagnosis); the anxiety verdict is story
  {
    subject: 'racing heart when I stand up',
    message:
      'My GP keeps saying it is just anxiety, but my heart races every single time I stand up and I nearly pass out in the shower. I read about POTS and it sounds exactly like me. Could this be POTS?',
    focus: 'POTS',
    types: ['diagnosis'],
  },
  // why: "where can we get a second opinion from a pediatric rheumatologist" asks for a specialist; the doubts are story
  {
    message:
      'Our granddaughter is 14 and was diagnosed with juvenile idiopathic arthritis last spring. Her mother and I are not convinced, because the swollen knees come together with high fevers and a pink rash every evening, and the medicine is not helping. Where can we get a second opinion from a pediatric rheumatologist who has seen a lot of these cases?',
    focus: 'juvenile idiopathic arthritis',
    types: ['find_specialist'],
  },
  // why: "Can the diagnosis be wrong?" asks whether the diagnosis is right (diagnosis); the pills and falls are story
  {
    message:
      "They told my husband he has Parkinson's disease two years ago. But the pills do absolutely nothing for him, he falls over backwards a lot and he can't look down anymore. Can the diagnosis be wrong?",
    focus: "Parkinson's disease",
    types: ['diagnosis'],
  },
  // why: "Is it possible to be misdiagnosed with MS?" asks how sure the diagnosis is (diagnosis); the migraine remark is story
  {
    message:
      'Is it possible to be misdiagnosed with MS? My MRI showed a few white spots and the neurologist said MS straight away, but I have had migraines since I was a teenager and I read that migraines can also leave spots like that.',
    focus: 'MS',
    types: ['diagnosis'],
  },
  // why: "should I be tested for Lyme disease?" asks about testing given her history (diagnosis)
  {
    subject: 'Lyme or fibro?',
    message:
      'been told its fibromyalgia for 6 yrs. I live in a tick area and I had a bullseye rash in 2016 that nobody looked at. should I be tested for Lyme disease??',
    focus: 'Lyme disease',
    types: ['diagnosis'],
  },
  // why: "Could the hair loss be from the levothyroxine?" asks whether a problem comes from the medicine (side_effects); focus is the medicine
  {
    message:
      'I was diagnosed with hypothyroidism in March and put on levothyroxine. Since then I feel worse than before, with palpitations, and my hair is falling out in handfuls. I am starting to think I never had a thyroid problem in the first place. Could the hair loss be from the levothyroxine?',
    focus: 'levothyroxine',
    types: ['side_effects'],
  },
  // why: "How can we stop these attacks from coming back?" asks how to prevent attacks (prevention); the years of misdiagnosis are story
  {
    message:
      'After nine years of being told her belly attacks were in her head, or her appendix, or her gallbladder, my daughter was finally diagnosed with acute intermittent porphyria last month. I am furious it took so long. How can we stop these attacks from coming back?',
    focus: 'acute intermittent porphyria',
    types: ['prevention'],
  },
  // why: "Is essential tremor just a mild form of Parkinson disease?" asks whether two conditions are the same (information)
  {
    message:
      'Two neurologists, two answers. The first one said my mum has essential tremor, the second said it could be early Parkinson disease. Is essential tremor just a mild form of Parkinson disease?',
    focus: 'essential tremor',
    types: ['information'],
  },
  // why: "Is there any way to get it covered?" asks about insurance payment (other)
  {
    subject: 'insurance refused second opinion',
    message:
      'My insurance won\'t pay for a second opinion at the Ehlers-Danlos syndrome clinic because I "already have a diagnosis" of hypermobility syndrome. But my skin tears and bruises like crazy and I think it is more than that. Is there any way to get it covered?',
    focus: 'Ehlers-Danlos syndrome',
    types: ['other'],
  },
  // why: "How rare is it really?" asks how common the condition is (frequency)
  {
    message:
      'The neurologist said my son has Kennedy disease and that it is so rare she had never seen a case in 20 years. Honestly that makes me doubt she got it right. How rare is it really?',
    focus: 'Kennedy disease',
    types: ['frequency'],
  },
  // why: "how long do people usually live with it?" asks life expectancy (prognosis); the waiting for a second opinion is story
  {
    message:
      'My dad has just been told he has ALS. We are waiting for a second opinion at the university hospital because we hope they made a mistake. If it turns out to be right, how long do people usually live with it?',
    focus: 'ALS',
    types: ['prognosis'],
  },
  // why: "Do you always get a dry mouth with it?" asks whether a sign belongs to the condition (symptoms)
  {
    subject: 'no dry mouth',
    message:
      'According to my rheumatologist I have Sjogrens syndrome, but my mouth is not dry at all, I only have gritty eyes and sore joints. Do you always get a dry mouth with it?',
    focus: 'Sjogrens syndrome',
    types: ['symptoms'],
  },
  // why: "Are there any clinical trials for it?" asks about research; the years of polymyositis treatment are story
  {
    message:
      'My wife was treated for polymyositis for five years with steroids that did nothing, and now a muscle biopsy at another hospital shows inclusion body myositis. We were told there is no treatment. Are there any clinical trials for it?',
    focus: 'inclusion body myositis',
    types: ['research'],
  },
  // why: "Can I just stop the prednisone?" asks about stopping a medicine (drug_usage); focus is the medicine
  {
    subject: 'stopping steroids',
    message:
      'I was put on prednisone for polymyalgia rheumatica eight months ago, but the new doctor at my practice thinks I never had PMR and my pain was from my shoulders. Can I just stop the prednisone?',
    focus: 'prednisone',
    types: ['drug_usage'],
  },
  // why: "Could the flu shot have caused it?" asks about a named exposure as its cause (association)
  {
    message:
      'My daughter got Guillain-Barre syndrome two weeks after her flu shot. The hospital keeps saying it is a coincidence, but I do not believe them. Could the flu shot have caused it?',
    focus: 'Guillain-Barre syndrome',
    types: ['association'],
  },
  // why: "Could it be lupus" asks whether her signs could be it (diagnosis); "can it damage my kidneys" asks complications
  {
    subject: 'fibro or lupus?',
    message:
      'The doctor says it is fibromyalgia but I think it is lupus. I get a red rash on my cheeks after being in the sun, my hair is thinning and my fingers swell. Could it be lupus? And if it is, can it damage my kidneys?',
    focus: 'lupus',
    types: ['diagnosis', 'complications'],
  },
  // why: "Could it be Marfan syndrome?" asks diagnosis; "what are the odds my son has it" asks the chance a child has it (inheritance)
  {
    message:
      'My son is 15, 6 foot 4, with very long fingers and flat feet, and his chest sinks in. The pediatrician says he is just a tall boy. But his father died suddenly at 38 of "a heart problem" and they never found out what. Could it be Marfan syndrome? And if his father had it, what are the odds my son has it too?',
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'inheritance'],
  },
  // why: "Is there a test for it" asks diagnosis; "who should I see, an eye doctor or a neurologist?" asks for a specialist
  {
    subject: 'droopy eyelid',
    message:
      'My left eyelid droops and I see double, always worse in the evening. The eye doctor says it is a weak eye muscle and nothing to worry about. I read about myasthenia gravis and it fits. Is there a test for it, and who should I see, an eye doctor or a neurologist?',
    focus: 'myasthenia gravis',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: "Which gene do they test for" asks genetic_changes; "can I pass it on to my kids" asks inheritance
  {
    message:
      'My iron levels are through the roof and my GP says I must be drinking too much. I have maybe two beers a week! My grandfather had hemochromatosis. Which gene do they test for, and if I have it can I pass it on to my kids?',
    focus: 'hemochromatosis',
    types: ['genetic_changes', 'inheritance'],
  },
  // why: "what are the symptoms of Wilson's disease" asks symptoms; "can it still be treated if it is caught this late" asks treatment
  {
    subject: 'liver problems and shaking hands',
    message:
      "Our son is 19. First he was treated for a fatty liver, then for depression, and now his hands shake so badly he can't write. A friend who is a nurse mentioned Wilson's disease and nobody has even tested for it. What are the symptoms of Wilson's disease, and can it still be treated if it is caught this late?",
    focus: "Wilson's disease",
    types: ['symptoms', 'treatment'],
  },
  // why: "How do they diagnose it for certain?" asks diagnosis; "Can it make it harder to get pregnant?" asks a problem it leads to (complications)
  {
    message:
      'For eight years I have been told my periods are "just painful" and the rest is IBS. I am sure it is endometriosis. How do they diagnose it for certain? Can it make it harder to get pregnant?',
    focus: 'endometriosis',
    types: ['diagnosis', 'complications'],
  },
  // why: "What causes it" asks cause; "what happens if it is not treated" asks complications
  {
    message:
      "Every doctor tells me my tiredness is depression. But I crave salt all the time, my skin stays dark even in winter and I get dizzy when I stand up. My sister says that sounds like Addison's disease. What causes it, and what happens if it is not treated?",
    focus: "Addison's disease",
    types: ['cause', 'complications'],
  },
  // why: "how can they know it is CFS and not something they missed?" asks how it is confirmed (diagnosis); "Is there any medicine that helps?" asks treatment
  {
    message:
      "My daughter's doctor diagnosed chronic fatigue syndrome because all her blood tests came back normal. But how can they know it is CFS and not something they simply missed? Is there any medicine that helps?",
    focus: 'chronic fatigue syndrome',
    types: ['diagnosis', 'treatment'],
  },
  // why: "Should I get tested myself?" asks whether a relative should be tested (diagnosis); "anything that slows it down" asks treatment
  {
    subject: "Parkinson's or Huntington's?",
    message:
      "My father was diagnosed with Parkinson's at 50, but he has these jerky, dancing movements and terrible mood swings, and his own mother spent her last years in a psychiatric hospital. I keep wondering whether it is really Huntington's disease. Should I get tested myself? Is there anything that slows it down?",
    focus: "Huntington's disease",
    types: ['diagnosis', 'treatment'],
  },
  // why: "Who is right?" asks whether the diagnosis holds (diagnosis); "far more common than doctors think" asks frequency
  {
    message:
      "My blood test for celiac disease came back positive but the biopsy was negative, so the gastroenterologist says I don't have it. My GP says I probably do. Who is right? And is it true that celiac disease is far more common than doctors think?",
    focus: 'celiac disease',
    types: ['diagnosis', 'frequency'],
  },
  // why: "What is the difference between the two?" asks what each is (information); "is there a test that can settle it?" asks diagnosis
  {
    message:
      'A physio told me I have hypermobile Ehlers-Danlos syndrome, but the geneticist said it is "only" hypermobility syndrome. What is the difference between the two, and is there a test that can settle it once and for all?',
    focus: 'Ehlers-Danlos syndrome',
    types: ['information', 'diagnosis'],
  },
  // why: "how do they tell neuromyelitis optica apart from MS" asks diagnosis; "is the treatment different?" asks treatment
  {
    message:
      'My wife was treated for MS for two years, then a new neurologist said she actually has neuromyelitis optica. How can two doctors get it so different? How do they tell neuromyelitis optica apart from MS, and is the treatment different?',
    focus: 'neuromyelitis optica',
    types: ['diagnosis', 'treatment'],
  },
  // why: "Could it be Crohn's disease instead?" asks diagnosis; "does it run in families" asks inheritance
  {
    subject: 'not IBS?',
    message:
      "I'm 23 and was told I have irritable bowel syndrome. But I have lost 8 kg without trying and sometimes there is blood. Could it be Crohn's disease instead? My uncle has Crohn's, does it run in families?",
    focus: "Crohn's disease",
    types: ['diagnosis', 'inheritance'],
  },
  // why: "what is hydroxychloroquine actually for" asks indication; "can it hurt my eyes?" asks side_effects; focus is the medicine
  {
    message:
      'My rheumatologist put me on hydroxychloroquine for "possible lupus" and admitted she is not sure I have it. So what is hydroxychloroquine actually for, and can it hurt my eyes?',
    focus: 'hydroxychloroquine',
    types: ['indication', 'side_effects'],
  },
  // why: "Is there a treatment for it now?" asks treatment; "should our two daughters be checked" asks whether relatives should be tested (diagnosis)
  {
    message:
      'Since he was a boy my husband has had burning pain in his hands and feet. They called it growing pains, then gout, and only now that his kidneys are failing did a kidney doctor say Fabry disease. Is there a treatment for it now? And should our two daughters be checked?',
    focus: 'Fabry disease',
    types: ['treatment', 'diagnosis'],
  },
  // why: "How sure can they be" asks diagnosis; "Will he stop walking" asks prognosis; "Could his little sister be a carrier?" asks inheritance
  {
    message:
      'My grandson is 7 and was diagnosed with Duchenne muscular dystrophy in the summer. He still runs around and climbs stairs quite well, and the genetic report says something about a change of "uncertain significance". How sure can they be that it is Duchenne muscular dystrophy? Will he stop walking at some point? Could his little sister be a carrier?',
    focus: 'Duchenne muscular dystrophy',
    types: ['diagnosis', 'prognosis', 'inheritance'],
  },
  // why: "Is there a test that proves it" asks diagnosis; "Is it contagious to my partner?" asks susceptibility; "where can I find a doctor" asks find_specialist
  {
    subject: "second opinion on Behcet's",
    message:
      "I am 29, of Turkish background. I have had mouth ulcers and genital sores for years and eye inflammation last year. My doctor here says it is herpes, but in Turkey they told me Behcet's disease. Is there a test that proves it? Is it contagious to my partner? And where can I find a doctor in the UK who really knows it?",
    focus: "Behcet's disease",
    types: ['diagnosis', 'susceptibility', 'find_specialist'],
  },
  // why: "Do I have it or not?" asks diagnosis; "Will it turn into an underactive thyroid" asks whether it turns into another condition (complications); "should I cut out gluten" asks diet (lifestyle)
  {
    message:
      "My TSH is normal but my thyroid antibodies are sky high. One doctor says it is Hashimoto's thyroiditis, the other says it means nothing until my TSH goes up. Do I have it or not? Will it turn into an underactive thyroid eventually? Should I cut out gluten like everyone online says?",
    focus: "Hashimoto's thyroiditis",
    types: ['diagnosis', 'complications', 'lifestyle'],
  },
  // why: "Isn't this narcolepsy?" asks diagnosis; "What causes it?" asks cause; "Is it safe for him to keep driving?" asks daily life (lifestyle)
  {
    message:
      "My boyfriend falls asleep everywhere, even in the middle of a conversation, and when he laughs hard his knees give way. His doctor said sleep apnea and gave him a CPAP machine, which changed nothing. Isn't this narcolepsy? What causes it? Is it safe for him to keep driving?",
    focus: 'narcolepsy',
    types: ['diagnosis', 'cause', 'lifestyle'],
  },
  // why: "Could this be familial Mediterranean fever?" asks diagnosis; "Which gene would they test?" asks genetic_changes; "Does it go away when children grow up?" asks prognosis
  {
    message:
      'Our son is 6. Every 3 or 4 weeks he gets a high fever with terrible belly pain that lasts two days, then he is completely fine again. He has been checked for appendicitis twice and the doctors say it is just viruses. Our family is Armenian. Could this be familial Mediterranean fever? Which gene would they test? Does it go away when children grow up?',
    focus: 'familial Mediterranean fever',
    types: ['diagnosis', 'genetic_changes', 'prognosis'],
  },
  // why: "What exactly is it?" asks information; "Can it be confirmed while she is alive?" asks diagnosis; "How fast does it progress?" asks prognosis
  {
    subject: "Alzheimer's or Lewy body?",
    message:
      "My mother is 78 and was diagnosed with Alzheimer's last year. But she sees children sitting in the living room who are not there, and some days she is almost her old self. I have been reading about Lewy body dementia. What exactly is it? Can it be confirmed while she is alive? How fast does it progress?",
    focus: 'Lewy body dementia',
    types: ['information', 'diagnosis', 'prognosis'],
  },
  // why: "Are hives part of it?" asks whether a sign belongs to it (symptoms); "Is there a blood test" asks diagnosis; "what sets off the attacks?" asks cause
  {
    message:
      'For years the ER gave me antihistamines and epinephrine for "allergic" swelling of my lips and awful belly attacks, and none of it ever worked. My aunt has the same thing. When I asked the allergist about hereditary angioedema he almost laughed. Are hives part of it? Is there a blood test for it? And what sets off the attacks?',
    focus: 'hereditary angioedema',
    types: ['symptoms', 'diagnosis', 'cause'],
  },
  // why: "Could my symptoms really be Pompe disease?" asks diagnosis; "Can it be treated?" asks treatment; "any new studies" asks research
  {
    message:
      'I am 42, my hips are weak and I get breathless lying down at night. Ten years ago I was told it was limb-girdle muscular dystrophy, without any genetic test. Now a new neurologist wants to test me for Pompe disease. Could my symptoms really be Pompe disease? Can it be treated? Are there any new studies on it?',
    focus: 'Pompe disease',
    types: ['diagnosis', 'treatment', 'research'],
  },
  // why: "What does it actually do?" asks how the medicine works (indication); "Are my stomach cramps from it?" asks side_effects; "Can I stop it suddenly" asks drug_usage
  {
    message:
      'I have been on pyridostigmine for a year for myasthenia, but all my antibody tests were negative and now I doubt I even have it. What does pyridostigmine actually do? Are my stomach cramps from it? Can I stop it suddenly before my second opinion appointment, or do I need to go down slowly?',
    focus: 'pyridostigmine',
    types: ['indication', 'side_effects', 'drug_usage'],
  },
  // why: "Could this be stiff person syndrome?" asks diagnosis; "How common is it?" asks frequency; "is it linked to type 1 diabetes" asks association
  {
    subject: 'told it is anxiety',
    message:
      'My sister is 45. She has painful stiffness in her back and legs and violent spasms when a door slams, and sometimes she falls over stiff like a statue. The doctors say it is functional, or anxiety. Could this be stiff person syndrome? How common is it? She has had type 1 diabetes since childhood, is it linked to that?',
    focus: 'stiff person syndrome',
    types: ['diagnosis', 'frequency', 'association'],
  },
];
