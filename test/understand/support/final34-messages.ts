/**
 * "final34" set. Messages in every style: short questions, long messages with background, lists of questions,
 * typos and no punctuation, non-native English, medicines, subject lines. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, at the end of its round, after its last change (focus 1.000, type F1 0.855). Scored by
 * final34.test.ts and by `npx tsx test/understand/support/score-messages.ts --final34 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL34_MESSAGES: ConsumerMessage[] = [
  // why: asks only what the condition is (an overview) -> information
  {
    message:
      'my cousin just found out her baby boy has FOP?? what even is that, the doctors didnt explain anything',
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['information'],
  },
  // why: a medicine taken with alcohol -> interactions; focus is the medicine
  {
    message: 'Is it OK to have a couple of beers on the weekend while taking methotrexate for my RA?',
    focus: 'methotrexate',
    types: ['interactions'],
  },
  // why: whether siblings can catch it -> susceptibility (not inheritance); condition named only in the subject
  {
    subject: 'Kawasaki disease',
    message: 'My youngest is in hospital with this. Can his brother and sister catch it from him?',
    focus: 'Kawasaki disease',
    types: ['susceptibility'],
  },
  // why: how rare it is -> frequency; the neighbour story is background
  {
    message: 'how rare is rett syndrome? my neighbours little girl has it and ive never heard of it before',
    focus: 'Rett syndrome',
    types: ['frequency'],
  },
  // why: a missed dose of a medicine -> drug_usage
  {
    message: 'I forgot to take my levothyroxine yesterday morning, should I take a double dose today?',
    focus: 'levothyroxine',
    types: ['drug_usage'],
  },
  // why: which gene is faulty -> genetic_changes
  {
    message: "Which gene is faulty in Wilson's disease?",
    focus: 'Wilson disease',
    types: ['genetic_changes'],
  },
  // why: clinical trials -> research
  {
    message: 'Are there any clinical trials for hereditary angioedema recruiting in Canada right now?',
    focus: 'hereditary angioedema',
    types: ['research'],
  },
  // why: where to keep a medicine -> storage_disposal
  {
    message:
      'pharmacy gave me a 3 month supply of hydroxychloroquine, does it go in the fridge or is the bathroom cabinet ok',
    focus: 'hydroxychloroquine',
    types: ['storage_disposal'],
  },
  // why: whether a sign (nail changes) belongs to the condition -> symptoms
  {
    message: 'Can psoriasis affect the nails? Mine have little pits in them and are turning yellow.',
    focus: 'psoriasis',
    types: ['symptoms'],
  },
  // why: whether it gets worse -> prognosis; driving is daily life -> lifestyle
  {
    message: 'Does narcolepsy get worse as you get older? Also am I still allowed to drive with it',
    focus: 'narcolepsy',
    types: ['prognosis', 'lifestyle'],
  },
  // why: a medicine to cure it, other than cortisone -> treatment (non-native English)
  {
    message:
      'Hello, my husband have sarcoidosis in the lungs since 2 years. There is medicine for cure it or only the cortisone?',
    focus: 'sarcoidosis',
    types: ['treatment'],
  },
  // why: what a medicine contains -> ingredients
  {
    message: "Does tamoxifen contain lactose? I'm very intolerant to it.",
    focus: 'tamoxifen',
    types: ['ingredients'],
  },
  // why: what the medicine is for -> indication; medicine named only in the subject
  {
    subject: 'colchicine',
    message: "What is this actually for? My dad got a prescription for it and he doesn't have gout.",
    focus: 'colchicine',
    types: ['indication'],
  },
  // why: how it is passed down in families (mother's or father's side) -> inheritance
  {
    message: 'is g6pd deficiency passed down from the mom or the dad side',
    focus: 'G6PD deficiency',
    types: ['inheritance'],
  },
  // why: whether two conditions are the same -> information
  {
    message: "Is Addison's disease the same thing as adrenal fatigue?",
    focus: 'Addison disease',
    types: ['information'],
  },
  // why: walking as a teenager and life expectancy are both the outlook -> prognosis (one type)
  {
    message:
      "Our son Leo is 3 and was diagnosed with Duchenne muscular dystrophy last month. He has started on steroids and has physio twice a week. We are trying to understand what is ahead of us. Will he still be able to walk when he's a teenager? How long do boys with Duchenne usually live?",
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis'],
  },
  // why: red meat and orange juice are diet questions -> lifestyle
  {
    message:
      "I was diagnosed with hemochromatosis after a routine blood test showed very high ferritin. I'm having blood taken off every two weeks now. Do I need to cut out red meat, and is it ok to keep having my glass of orange juice in the morning?",
    focus: 'hemochromatosis',
    types: ['lifestyle'],
  },
  // why: a medicine in pregnancy -> contraindications; the question is about prednisone, not lupus
  {
    message:
      "I have lupus and I've been on prednisone 10 mg a day for about a year to keep it under control. My partner and I would like to try for a baby next year. Is it safe to stay on prednisone during pregnancy?",
    focus: 'prednisone',
    types: ['contraindications'],
  },
  // why: what brings on the worse tics -> cause; whether tics go away in adulthood -> prognosis
  {
    message:
      'im 15 and i have tourettes. since i started high school my tics have gotten so much worse esp before tests. is stress what makes them worse?? and do tics go away when ur an adult or am i stuck with them',
    focus: 'Tourette syndrome',
    types: ['cause', 'prognosis'],
  },
  // why: what food she can safely eat -> lifestyle (diet)
  {
    message:
      'My granddaughter is 6 and has phenylketonuria. She stays with me every other weekend and I am always scared of giving her the wrong thing. My daughter says no aspartame and very little protein. What kinds of food can I safely make for her?',
    focus: 'phenylketonuria',
    types: ['lifestyle'],
  },
  // why: whether the thymus operation helps and other options -> treatment (one type)
  {
    message:
      'My wife was diagnosed with myasthenia gravis in March. Her eyelids droop by the evening and she has trouble swallowing her dinner. The neurologist wants to remove her thymus gland. Does that operation actually help, and are there other options besides pills?',
    focus: 'myasthenia gravis',
    types: ['treatment'],
  },
  // why: whether a relative should be tested -> diagnosis; being a carrier and passing it on -> inheritance
  {
    subject: 'Gaucher disease in the family',
    message:
      "Hi, my brother (34) was just diagnosed with Gaucher disease type 1 after they found his spleen was enlarged. We're Ashkenazi Jewish. Should I be tested as well? And could I be a carrier and pass it on to my kids even though I feel completely fine?",
    focus: 'Gaucher disease',
    types: ['diagnosis', 'inheritance'],
  },
  // why: whether the tremor and thirst come from the medicine -> side_effects
  {
    subject: 'lithium question',
    message:
      "I've been on lithium for bipolar disorder for four years and it has honestly saved my life. Over the last few months my hands shake when I hold a cup and I'm thirsty all the time. Could that be from the lithium?",
    focus: 'lithium',
    types: ['side_effects'],
  },
  // why: whether her signs could be this condition -> diagnosis
  {
    message:
      "For about ten years I've had painful lumps in my armpits and groin that fill with pus, burst, and leave scars. My GP keeps giving me antibiotics and calling them boils. A friend sent me an article about hidradenitis suppurativa and it sounds exactly like me. Could that be what I have?",
    focus: 'hidradenitis suppurativa',
    types: ['diagnosis'],
  },
  // why: whether smoking and low vitamin D raise the risk (not through family) -> susceptibility
  {
    message:
      'My best friend was diagnosed with MS at 28 and it has made me worried about myself. I smoke and my doctor told me my vitamin D is really low. Does that make me more likely to get multiple sclerosis?',
    focus: 'multiple sclerosis',
    types: ['susceptibility'],
  },
  // why: what happens if the diet is not followed (untreated) -> complications
  {
    message:
      "My daughter is 9 and has celiac disease, confirmed by biopsy last year. She keeps sneaking cookies at friends' houses and says she feels fine afterwards. What can happen to her if she doesn't stick to the gluten-free diet in the long run?",
    focus: 'celiac disease',
    types: ['complications'],
  },
  // why: how to stop the crises coming -> prevention (non-native English)
  {
    message:
      'Good day. My son is 7 years, he have sickle cell disease. Every winter he get the crisis with very strong pain in the legs and we go to the hospital many times. How we can stop the crisis to come? Thank you very much.',
    focus: 'sickle cell disease',
    types: ['prevention'],
  },
  // why: the chance she inherited it from her father -> inheritance; whether she should be tested -> diagnosis
  {
    message:
      "My father has Huntington's disease, he was diagnosed at 52. I'm 25 and my fiancé and I want to have children. What are the chances that I have inherited it? Is there a test I can take before we start trying for kids?",
    focus: 'Huntington disease',
    types: ['inheritance', 'diagnosis'],
  },
  // why: the early signs to watch for -> symptoms
  {
    message:
      "My dad was diagnosed with alpha-1 antitrypsin deficiency at 60 after years of being told he just had asthma. I'm 32 and I don't smoke, but I do get out of breath on stairs. What are the early signs I should be watching out for?",
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['symptoms'],
  },
  // why: a named medicine asked as the cause -> association; lasting eye damage -> complications
  {
    message:
      'My 19-year-old daughter was in hospital for two weeks with Stevens-Johnson syndrome, three weeks after she started lamotrigine. She is home and recovering now. Could the lamotrigine have caused it? Is there a chance her eyes will be permanently damaged?',
    focus: 'Stevens-Johnson syndrome',
    types: ['association', 'complications'],
  },
  // why: life expectancy -> prognosis; chances for the next baby -> inheritance; CF centre -> find_specialist
  {
    subject: 'newborn screening - CF',
    message:
      'Hello, our daughter Amelia was born five weeks ago and the heel prick test came back flagged for cystic fibrosis. The sweat test last Tuesday confirmed it. We are still in shock, nobody in either family has ever had it as far as we know. She is feeding well and gaining weight, and the nurse has shown us the chest physio, which she hates. I have written down the questions that keep me awake at night:\n1) What is the life expectancy for someone with CF nowadays?\n2) We had no idea we were both carriers. If we have another baby, what are the chances it will have CF too?\n3) Is there a specialist CF centre near Leeds? The hospital we are at now only sees a few children with it.\nThank you for reading this.',
    focus: 'cystic fibrosis',
    types: ['prognosis', 'inheritance', 'find_specialist'],
  },
  // why: could his signs be Marfan and should he have genetic testing -> diagnosis (one type)
  {
    message:
      "My son is 14 and already 6'3\", much taller than anyone else in our family. He has really long arms and fingers, his chest sinks in in the middle, and last year the eye doctor said one of his lenses is slightly out of place. He plays basketball four times a week and is very skinny no matter how much he eats. At his last check-up the pediatrician mentioned Marfan syndrome but only in passing and then we ran out of time. I've been reading about it online ever since and I'm worried. Could this really be Marfan syndrome? Should we be asking for genetic testing or a heart scan to find out?",
    focus: 'Marfan syndrome',
    types: ['diagnosis'],
  },
  // why: what helps the pain and dislocations -> treatment; the daughter is story (all lowercase, no punctuation)
  {
    message:
      'hi so ive been dealing with this since i was a teenager my shoulders and kneecaps pop out of place like once a month and i bruise if anything touches me finally last year a geneticist said i have hypermobile ehlers danlos syndrome which was honestly a relief because i thought i was going crazy my daughter is 8 and she is super bendy too and i worry about her but right now its me that cant cope i work at a warehouse and by the end of the day everything hurts is there anything that actually helps with the pain and the dislocations or is this just something i have to live with',
    focus: 'Ehlers-Danlos syndrome',
    types: ['treatment'],
  },
  // why: effect on the heart -> complications; other options than infusions -> treatment; gene therapy studies -> research
  {
    message:
      "I'm 41 and was diagnosed with Fabry disease only last year. Looking back I had burning pain in my hands and feet since I was a kid, I could never sweat properly in PE and I got dizzy in the heat. Nobody put it together until my kidney doctor found protein in my urine and sent me to genetics. I now get enzyme infusions every two weeks, which means half a day off work each time. Last month my cardiologist said the wall of my heart is thicker than it should be. Can Fabry affect the heart as well? Is the infusion the only treatment there is, or are there tablets? I also read somewhere about gene therapy studies for Fabry and would love to know more.",
    focus: 'Fabry disease',
    types: ['complications', 'treatment', 'research'],
  },
  // why: whether something she ate caused it -> cause; a helpful diet and a school trip abroad -> lifestyle
  {
    message:
      "Our daughter is 13 and was diagnosed with Crohn's disease in January after months of stomach pain, diarrhoea and losing almost 6 kg. She had a colonoscopy and is now on a liquid diet for eight weeks before they decide on medication. She is a very anxious girl and keeps asking if it's her fault. I keep thinking about what she ate when she was little, lots of fast food when I was working nights. Did something she ate cause this? Is there a diet that helps once the liquid diet is finished? She is also supposed to go on a school trip to France in May and is desperate not to miss it. Can she still go?",
    focus: 'Crohn disease',
    types: ['cause', 'lifestyle'],
  },
  // why: whether the bumps belong to NF1 -> symptoms; whether they can turn into cancer -> complications
  {
    message:
      "I'm writing about my granddaughter Sofia, who is 11. When she was a baby she had several light brown patches on her skin, and when she was 4 she was diagnosed with neurofibromatosis type 1. Until now it has not bothered her much apart from some trouble with reading. Over the summer I noticed a few small soft bumps on her back and on her tummy. Her mother says it's nothing and the next appointment isn't until November. Are these bumps part of the NF1? Can they turn into cancer? I don't want to scare anyone, I just want to know.",
    focus: 'neurofibromatosis type 1',
    types: ['symptoms', 'complications'],
  },
  // why: turmeric with warfarin -> interactions; stopping it before the extraction -> drug_usage
  {
    message:
      'Good afternoon. I am 78 years old and have been taking warfarin since my stroke in 2019, because of my atrial fibrillation. I go for my INR test every three weeks and it has mostly been steady. My grandson has been reading about natural remedies and brought me turmeric capsules and fish oil for my joints. I have not started them yet. Also, my dentist wants to take out a back tooth next month. Is it safe to take the turmeric capsules with my warfarin? And do I need to stop the warfarin before the tooth is taken out? I would be very grateful for an answer.',
    focus: 'warfarin',
    types: ['interactions', 'drug_usage'],
  },
  // why: whether she caused it -> cause; kidney damage -> complications; a rheumatologist who knows it -> find_specialist
  {
    subject: 'just diagnosed with lupus, so many questions',
    message:
      "Hi. I'm 26 and after a year of joint pain, rashes and being exhausted all the time, my blood tests finally came back positive and the doctor said it's SLE. I left the appointment with a prescription and a leaflet and nothing else. My questions:\n- Is this something I caused? I was under a lot of stress last year and partying a lot.\n- Can it damage my kidneys? My aunt was on dialysis and I'm terrified.\n- How do I find a rheumatologist who actually knows a lot about lupus? The one I saw seemed to be in a rush.\nThanks for any help.",
    focus: 'lupus',
    types: ['cause', 'complications', 'find_specialist'],
  },
  // why: the difference between two therapies and which is better -> treatment; insurance paying -> other
  {
    message:
      'Our daughter Mia was diagnosed with spinal muscular atrophy type 1 at seven weeks old. She was floppy and could not lift her head, and the genetic test confirmed it. Everything has happened so fast. The neuromuscular team told us about Spinraza, which is given as injections in the spine, and Zolgensma, which is a one-time infusion. We have to decide soon. What is the difference between the two, and which one is better for a baby her age? Also, will our insurance pay for Zolgensma? We heard it costs around two million dollars and we could never afford that.',
    focus: 'spinal muscular atrophy',
    types: ['treatment', 'other'],
  },
  // why: whether wine brings the attacks -> cause; whether her daughter can have it from her -> inheritance (non-native English)
  {
    message:
      'Hello, I am from Sweden and I write in English, sorry for mistakes. I am 38 years and since 5 years I have attacks with very strong pain in the stomach, vomiting and my urine become dark like red wine. Many times I was in the emergency and they think it is my appendix or that I am only stressed. Last year finally they find it is acute intermittent porphyria. Now I am careful but still I get attacks, mostly before my period. Sometimes I drink wine at a party and also I was on a diet to lose weight. Is it the wine or the diet that bring the attacks? My daughter is 16, can she have this from me?',
    focus: 'acute intermittent porphyria',
    types: ['cause', 'inheritance'],
  },
];
