/**
 * "gut" set: 40 messages about digestive, liver and kidney conditions, common and rare, and their
 * medicines: symptoms, causes, diet, tests, treatment, side effects, outlook, families, school, work,
 * travel, pregnancy, specialists; some frank about bowels, some clinical. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. First
 * scored before any change for it: focus 0.975, type F1 0.797. Scored by gut.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --gut --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const GUT_MESSAGES: ConsumerMessage[] = [
  {
    // "Will my Chrons disease make it harder to get pregnant or cause problems in the pregnancy" = complications
    // (effect on fertility and pregnancy); "what are the odds our baby ends up with it too" = inheritance.
    // Focus is the misspelling of Crohn's disease as written.
    subject: 'Pregnancy with Chrons',
    message:
      "Hi, I'm 29 and have had Chrons disease since uni, currently in remission. My husband and I want to start trying for a baby. Will my Chrons disease make it harder to get pregnant or cause problems in the pregnancy? And what are the odds our baby ends up with it too? Thanks so much",
    focus: 'Chrons disease',
    types: ['complications', 'inheritance'],
  },
  {
    // "does having UC this long mean it can turn into bowel cancer" = complications (another problem it leads to).
    message: 'diagnosed with UC 12 years ago. does having UC this long mean it can turn into bowel cancer??',
    focus: 'UC',
    types: ['complications'],
  },
  {
    // "can she have oats or do they have to go too" = lifestyle (diet); "should she be tested as well" = diagnosis;
    // "can you get gluten free bread on prescription in England" = other (cost, prescriptions).
    message:
      "My 9 year old was diagnosed with coeliac disease last month after months of bloating and awful smelly poos. We're slowly getting to grips with the gluten free diet. A few questions: can she have oats or do they have to go too? Her little sister gets tummy aches sometimes, should she be tested as well? And is it true you can get gluten free bread on prescription in England? It's costing us a fortune.",
    focus: 'coeliac disease',
    types: ['lifestyle', 'diagnosis', 'other'],
  },
  {
    // "What actually causes IBS" = cause. The rest is story.
    message:
      'What actually causes IBS? I have had every test going, colonoscopy clear, bloods fine, and I still spend half my morning on the toilet.',
    focus: 'IBS',
    types: ['cause'],
  },
  {
    // "Is there any other way to get rid of gallstones" = treatment;
    // "What happens if I just leave them" = complications (what happens when it is not treated).
    subject: 'gallbladder',
    message:
      "Had an ultrasound after a bad night of pain under my right ribs and they found gallstones. The surgeon wants to take my gallbladder out but I'd rather not have an operation if I can avoid it. Is there any other way to get rid of gallstones? What happens if I just leave them and watch what I eat?",
    focus: 'gallstones',
    types: ['treatment', 'complications'],
  },
  {
    // "Can acid reflux cause a constant cough" = symptoms (whether a sign belongs to it).
    message: 'Can acid reflux cause a constant cough? Had one for 3 months, chest xray normal.',
    focus: 'acid reflux',
    types: ['symptoms'],
  },
  {
    // "Will he be able to be potty trained like other kids, or will he always have accidents" = prognosis (course, outlook);
    // "what is the chance it could happen again" (to a next baby) = inheritance.
    message:
      "Our son was born in March and was diagnosed with Hirschsprung's disease at 4 days old when he didn't pass his first poo. He had the pull-through surgery at 3 months and is doing ok, but his nappies are a rollercoaster. Will he be able to be potty trained like other kids, or will he always have accidents? We'd also like another baby eventually, what is the chance it could happen again?",
    focus: "Hirschsprung's disease",
    types: ['prognosis', 'inheritance'],
  },
  {
    // "Are there any clinical trials for short bowel syndrome in children" = research. The rest is story and plea.
    message:
      'Are there any clinical trials for short bowel syndrome in children? My grandson has been on TPN since he lost most of his small intestine as a baby and we are looking for anything that might get him off the IV feeds.',
    focus: 'short bowel syndrome',
    types: ['research'],
  },
  {
    // "Can slim people get fatty liver" = susceptibility (who is at risk). The earlier "I thought only..." is the same question.
    message:
      "I'm a 34 yo woman, BMI 22, and I hardly drink. Scan showed fatty liver. I thought only overweight people or heavy drinkers could get it?? Can slim people get fatty liver?",
    focus: 'fatty liver',
    types: ['susceptibility'],
  },
  {
    // "Can I catch it that way" (sharing a razor) = susceptibility (whether someone can catch it).
    message:
      "My brother told us last week he has hepatitis C. He stayed with us over Christmas and I'm pretty sure he used my razor at least once. Can I catch it that way?",
    focus: 'hepatitis C',
    types: ['susceptibility'],
  },
  {
    // "Do I need a booster to still be protected" = prevention (vaccination against it).
    subject: 'vaccine',
    message:
      "I'm a student nurse and had the three hepatitis B jabs about 8 years ago at school. Do I need a booster to still be protected before my placement on a renal ward?",
    focus: 'hepatitis B',
    types: ['prevention'],
  },
  {
    // "What is the life expectancy with this" = prognosis;
    // "is the itching I get at night ... part of it" = symptoms (whether a sign belongs to it).
    message:
      "I was told last week I have PBC after my liver blood tests kept coming back high. I'm 52. I've been googling and scaring myself. What is the life expectancy with this? And is the itching I get at night, mainly my palms and the soles of my feet, part of it? I thought it was an allergy.",
    focus: 'PBC',
    types: ['prognosis', 'symptoms'],
  },
  {
    // "Could you tell us what it is in plain language" = information; "which gene is it" = genetic_changes;
    // "What treatment will she need, and is it for life" = treatment;
    // "is there a specialist centre ... we should ask to be referred to" = find_specialist. Greeting and thanks are not questions.
    subject: 'Wilsons disease - newly diagnosed teenager',
    message:
      'Dear Sir/Madam, Our daughter Ellie is 15. Over the last year her handwriting got worse, she started to slur her words a little and her grades dropped, and after many appointments a neurologist found rings in her eyes and high copper in her urine and told us she has Wilsons disease. We had never heard of it. Could you tell us what it is in plain language? The doctor mentioned a gene but we did not catch the name, which gene is it? What treatment will she need, and is it for life? Finally, we live in rural Wales; is there a specialist centre for Wilsons disease in the UK we should ask to be referred to? Thank you for any help. Kind regards, Gareth',
    focus: 'Wilsons disease',
    types: ['information', 'genetic_changes', 'treatment', 'find_specialist'],
  },
  {
    // "Should I get checked for it, and if so what's the test" = diagnosis;
    // "if I'd pass it on to our kids" = inheritance.
    message:
      "My dad has polycystic kidney disease and started dialysis last year. I'm 26 and feel fine. Should I get checked for it, and if so what's the test? I'm also engaged and wondering if I'd pass it on to our kids if I do have it.",
    focus: 'polycystic kidney disease',
    types: ['diagnosis', 'inheritance'],
  },
  {
    // "Is that from the tolvaptan and does it settle down" = side_effects (whether a problem comes from the medicine).
    message:
      "Started tolvaptan 3 weeks ago for my PKD. I'm peeing every hour all night and I'm so thirsty. Is that from the tolvaptan and does it settle down?",
    focus: 'tolvaptan',
    types: ['side_effects'],
  },
  {
    // "What can I do so I don't get any more" = prevention.
    message:
      "Third kidney stone in two years. I'm 41, male. Passing them is the worst pain I've ever felt. What can I do so I don't get any more?",
    focus: 'kidney stone',
    types: ['prevention'],
  },
  {
    // "Why does a cold set it off" = cause (what brings on its relapses); "Will he grow out of it" = prognosis.
    message:
      "My son is 5 and has nephrotic syndrome. Every time he gets a cold his protein goes back up on the dipstick, he swells up around the eyes again and we're back on steroids. Why does a cold set it off? Will he grow out of it?",
    focus: 'nephrotic syndrome',
    types: ['cause', 'prognosis'],
  },
  {
    // "does alport syndrome cause hearing loss" = symptoms (whether a sign belongs to it).
    message: 'does alport syndrome cause hearing loss',
    focus: 'alport syndrome',
    types: ['symptoms'],
  },
  {
    // "Is it possible to travel abroad on dialysis" = lifestyle (travel); "will the NHS pay for the sessions over there" = other (cost).
    subject: 'holiday',
    message:
      "I've been on haemodialysis three times a week for 2 years and I'm desperate for a holiday in Spain with my grandchildren. Is it possible to travel abroad on dialysis? And will the NHS pay for the sessions over there, or do I have to?",
    focus: 'dialysis',
    types: ['lifestyle', 'other'],
  },
  {
    // "Can mesalamine make your hair fall out" = side_effects.
    message: "Can mesalamine make your hair fall out? Mine's coming out in clumps since I started it.",
    focus: 'mesalamine',
    types: ['side_effects'],
  },
  {
    // "Is it safe to breastfeed while taking azathioprine" = contraindications (breastfeeding). Focus is the medicine, not Crohn's.
    message:
      "Is it safe to breastfeed while taking azathioprine? I have Crohn's and my baby is due in 6 weeks.",
    focus: 'azathioprine',
    types: ['contraindications'],
  },
  {
    // "How does infliximab actually work" = indication (how a medicine works).
    message:
      'My consultant wants to start me on infliximab because nothing else has worked for my bowel. How does infliximab actually work? It sounds scary being on a drip.',
    focus: 'infliximab',
    types: ['indication'],
  },
  {
    // "Does my Humira have to be kept in the fridge the whole time or can it be out for a while" = storage_disposal.
    subject: 'Humira on holiday',
    message:
      'Flying to Florida for 2 weeks. Does my Humira have to be kept in the fridge the whole time or can it be out for a while?',
    focus: 'Humira',
    types: ['storage_disposal'],
  },
  {
    // "it's bad to be on it long term and can thin your bones. Is that true" = side_effects;
    // "do I just stop or do I need to cut down slowly" = drug_usage (stopping).
    message:
      "I've been taking omeprazole 20mg every day for about 10 years for heartburn. My friend says it's bad to be on it long term and can thin your bones. Is that true? If I want to come off it, do I just stop or do I need to cut down slowly?",
    focus: 'omeprazole',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Can lansoprazole be taken with clopidogrel" = interactions (with another medicine).
    message:
      'Can lansoprazole be taken with clopidogrel? I had a stent put in in January and my GP has just prescribed lansoprazole for indigestion.',
    focus: 'lansoprazole',
    types: ['interactions'],
  },
  {
    // "What is ursodiol used for" = indication.
    message:
      "What is ursodiol used for? My mum's been given it after her gallbladder operation and no one explained why.",
    focus: 'ursodiol',
    types: ['indication'],
  },
  {
    // "Does Creon contain pork" = ingredients.
    message:
      'Does Creon contain pork? We are Muslim and my husband has chronic pancreatitis and has been told to take it with every meal.',
    focus: 'Creon',
    types: ['ingredients'],
  },
  {
    // "how many imodium can i take in a day" = drug_usage (dose).
    message:
      'how many imodium can i take in a day? got the runs really bad on holiday in egypt and on the toilet every half hour',
    focus: 'imodium',
    types: ['drug_usage'],
  },
  {
    // "Is it normal for piles to bleed this much" = symptoms (whether a sign belongs to it); "what causes them" = cause.
    subject: 'Blood on the toilet paper',
    message:
      "Bit embarrassing. My GP says I've got piles. For the last couple of weeks there's been bright red blood on the paper every time I wipe and sometimes drips in the toilet bowl. Is it normal for piles to bleed this much? And what causes them? I'm only 27 and not pregnant or anything.",
    focus: 'piles',
    types: ['symptoms', 'cause'],
  },
  {
    // "How do I get rid of them? Can they go in the bin?" = storage_disposal (throwing away a medicine); one question asked twice.
    message:
      "I had a kidney transplant in May (fantastic!) and no longer need my sevelamer. I've got about 4 boxes left. How do I get rid of them? Can they go in the bin?",
    focus: 'sevelamer',
    types: ['storage_disposal'],
  },
  {
    // "Do I take Linzess before or after breakfast" = drug_usage (timing).
    message: 'Do I take Linzess before or after breakfast?',
    focus: 'Linzess',
    types: ['drug_usage'],
  },
  {
    // "Am I allowed to eat nuts, seeds and popcorn" and "what should my diet look like long term" = lifestyle (diet), one type.
    // Focus is the misspelling of diverticulitis as written.
    message:
      'Recovering from my second bout of diverticulitus. The leaflet from the hospital was useless. Am I allowed to eat nuts, seeds and popcorn? And what should my diet look like long term?',
    focus: 'diverticulitus',
    types: ['lifestyle'],
  },
  {
    // "How rare is Berger's disease" = frequency; "Is there a support group for it" = find_specialist.
    message:
      "How rare is Berger's disease? My nephrologist says I have it but nobody I've ever met has heard of it. Is there a support group for it anywhere?",
    focus: "Berger's disease",
    types: ['frequency', 'find_specialist'],
  },
  {
    // "how long does he have" = prognosis (life expectancy).
    message:
      "My father (68) has cirrhosis from years of drinking. He's stopped now but his belly keeps filling with fluid and they drain it every 2 weeks. Honestly, how long does he have? The doctors keep avoiding the question.",
    focus: 'cirrhosis',
    types: ['prognosis'],
  },
  {
    // "how common is it actually" = frequency; "should they be tested" = diagnosis.
    subject: 'Irish and haemochromatosis',
    message:
      "My husband has just been diagnosed with haemochromatosis after years of being tired all the time. The doctor said it's very common in Irish people, how common is it actually? We have three grown up children, should they be tested?",
    focus: 'haemochromatosis',
    types: ['frequency', 'diagnosis'],
  },
  {
    // "what is gilberts syndrome" = information.
    message:
      "what is gilberts syndrome? blood test at my work health check said my bilirubin was raised and the GP said probably Gilbert's and not to worry",
    focus: 'gilberts syndrome',
    types: ['information'],
  },
  {
    // "Is there a link between PSC and colitis" = association (link between two conditions).
    // The question is asked about PSC, the new condition being looked for, so PSC is the focus.
    message:
      "I've had UC since I was 19 and now my gastroenterologist says my liver tests are off and he wants an MRCP to look for PSC. Is there a link between PSC and colitis?",
    focus: 'PSC',
    types: ['association'],
  },
  {
    // "Does this mean I'm going to get cancer of the oesophagus" = complications;
    // "Is there any treatment that can get rid of it" = treatment.
    message:
      "Diagnosed with Barrett's oesophagus after a scope for long-term heartburn. Does this mean I'm going to get cancer of the oesophagus? Is there any treatment that can get rid of it?",
    focus: "Barrett's oesophagus",
    types: ['complications', 'treatment'],
  },
  {
    // "so why do I have it" = cause. Focus is the misspelling of gastroparesis as written.
    message:
      "I was diagnosed with gastroparisis after months of being sick after every meal. I'm not diabetic, which the doctor said is the usual reason, so why do I have it?",
    focus: 'gastroparisis',
    types: ['cause'],
  },
  {
    // "Could it be that" and "How do they test for it" = diagnosis, one type.
    message:
      "Our baby girl is 5 weeks old and still yellow, and her poos are a really pale, almost white colour. The health visitor said to mention it to the GP. I've been reading about biliary atresia. Could it be that? How do they test for it?",
    focus: 'biliary atresia',
    types: ['diagnosis'],
  },
];
