/**
 * "connective" set. Messages about connective tissue conditions: joints, heart and vessels, pregnancy,
 * sports, diagnosis and genes, with other questions about the condition and its medicines. Written by someone
 * who had read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 0.900, type F1 0.862). Scored by connective.test.ts and by `npx
 * tsx test/understand/support/score-messages.ts --connective --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const CONNECTIVE_MESSAGES: ConsumerMessage[] = [
  // why: asks whether a sport is okay for a child with the condition, which is daily life, so lifestyle
  {
    message:
      'can a kid with brittle cornea syndrome play soccer or is it to risky for his eyes? he realy wants to join the team',
    focus: 'brittle cornea syndrome',
    types: ['lifestyle'],
  },
  // why: the single question asks which gene is involved; the condition is named only in the subject
  {
    subject: 'Stickler syndrome',
    message:
      "Which gene is it? My nephew was just diagnosed and my sister keeps asking me because I'm 'the one who reads things'.",
    focus: 'Stickler syndrome',
    types: ['genetic_changes'],
  },
  // why: asks how rare the condition is, which is frequency
  {
    message: 'How rare is occipital horn syndrome? Our doctor said she had never seen a case before.',
    focus: 'occipital horn syndrome',
    types: ['frequency'],
  },
  // why: asks whether dizziness comes from the medicine, which is a side effect; the focus is the medicine
  {
    message:
      'does losartan make you dizzy? my son started it for his aorta last week and he almost fainted getting out of bed this morning',
    focus: 'losartan',
    types: ['side_effects'],
  },
  // why: asks whether any treatment exists, which is treatment
  {
    message:
      'Is there any treatment for Bruck syndrome? Our daughter had six fractures before she turned two.',
    focus: 'Bruck syndrome',
    types: ['treatment'],
  },
  // why: a grandparent asks what the condition is, an overview, so information
  {
    message: 'Hello, the doctor said my grandson may have cutis laxa. Please can you tell me what this is?',
    focus: 'cutis laxa',
    types: ['information'],
  },
  // why: asks whether the condition can lead to loss of sight, another problem it leads to, so complications
  {
    message: 'can pxe make you lose your eyesight eventually?',
    focus: 'pseudoxanthoma elasticum',
    types: ['complications'],
  },
  // why: asks whether the children will have the father's condition, the chance a child gets it, so inheritance
  {
    message: 'My husband have Weill-Marchesani syndrome. Our children will have it also?',
    focus: 'Weill-Marchesani syndrome',
    types: ['inheritance'],
  },
  // why: asks whether fever and bone pain come from the medicine, which is side effects; the focus is the medicine
  {
    message:
      'Is it normal for my son to get a fever and bone pain after his first pamidronate infusion? He has OI and this is the first time he has had it.',
    focus: 'pamidronate',
    types: ['side_effects'],
  },
  // why: asks where to find a doctor who knows the condition, so find_specialist
  {
    message: 'where can i find a doctor who actually knows about ehlers danlos near columbus ohio',
    focus: 'Ehlers-Danlos syndrome',
    types: ['find_specialist'],
  },
  // why: asks what the signs of the condition look like in a newborn, which is symptoms; the condition is named only in the subject
  {
    subject: 'Beals syndrome',
    message:
      'What are the signs of this in a newborn baby? The pediatrician mentioned it because of her ears and bent fingers.',
    focus: 'Beals syndrome',
    types: ['symptoms'],
  },
  // why: asks whether another medicine can be taken with the medicine, which is interactions; the focus is the medicine
  {
    message:
      'I have Loeys-Dietz and take atenolol every day. Is it ok to take ibuprofen with it for a sprained ankle?',
    focus: 'atenolol',
    types: ['interactions'],
  },
  // why: asks about trials of new treatments, which is research; the friend's diet is background
  {
    message:
      'My best friend has homocystinuria and she is so fed up with the diet. Are there any trials of new treatments going on right now?',
    focus: 'homocystinuria',
    types: ['research'],
  },
  // why: asks whether a child will walk, which is the outlook, so prognosis
  {
    message: 'will a child with kniest dysplasia be able to walk normally',
    focus: 'Kniest dysplasia',
    types: ['prognosis'],
  },
  // why: asks what the condition is (information) and whether it runs in families (inheritance)
  {
    message: 'What is arterial tortuosity syndrome, and is it inherited?',
    focus: 'arterial tortuosity syndrome',
    types: ['information', 'inheritance'],
  },
  // why: asks about the risks the condition brings in pregnancy and delivery (complications), then the chance the baby has it (inheritance)
  {
    subject: 'hEDS and pregnancy',
    message:
      "Hi, I'm 29 and was diagnosed with hypermobile EDS two years ago (lots of subluxations, dizzy when I stand up, the usual). My husband and I want to start trying for a baby. Are there particular risks for me during pregnancy and delivery because of the hEDS? And what's the chance our baby will have it too?",
    focus: 'Ehlers-Danlos syndrome, hypermobility type',
    types: ['complications', 'inheritance'],
  },
  // why: asks whether the relatives should be tested for the condition, which the guide puts under diagnosis
  {
    message:
      'My brother died last month at 34 when an artery in his belly burst. The autopsy said vascular Ehlers-Danlos syndrome. I have two kids, 8 and 11. Should we all be tested?',
    focus: 'Ehlers-Danlos syndrome, vascular type',
    types: ['diagnosis'],
  },
  // why: asks whether the son's signs could be the condition, which is diagnosis
  {
    message:
      'My son is 14 and already 6\'3", with very long fingers and flat feet, and his eye doctor says one of his lenses is slightly out of place. Could this be Marfan syndrome? Nobody else in our family is that tall.',
    focus: 'Marfan syndrome',
    types: ['diagnosis'],
  },
  // why: a teenager asks whether basketball is too dangerous and which sports are okay, both daily life, so lifestyle
  {
    message:
      'im 16 and have loeys dietz. all my freinds play basketball and my cardiologist says no competitive sports but i dont get why. is shooting hoops with friends really that dangerous?? what sports CAN i do',
    focus: 'Loeys-Dietz syndrome',
    types: ['lifestyle'],
  },
  // why: asks whether the condition will keep getting worse with age, which is the course, so prognosis
  {
    message:
      "I'm a 47 year old woman with OI type 1. Since menopause I've broken more bones in three years than in the twenty years before. Is this going to keep getting worse as I get older?",
    focus: 'osteogenesis imperfecta',
    types: ['prognosis'],
  },
  // why: asks whether hearing loss belongs to the condition (symptoms), then whether gymnastics is okay (lifestyle)
  {
    message:
      "Our daughter (9) has Stickler syndrome. Her teacher says she doesn't seem to hear well in class. Does Stickler cause hearing loss too? Also she loves gymnastics, is that ok with her eyes?",
    focus: 'Stickler syndrome',
    types: ['symptoms', 'lifestyle'],
  },
  // why: asks how the medicine works (indication), then what time of day to take it (drug_usage); the focus is the medicine
  {
    subject: 'losartan question',
    message:
      'My daughter has Marfan syndrome and her cardiologist switched her from atenolol to losartan. How does losartan actually protect the aorta? And does it matter what time of day she takes it?',
    focus: 'losartan',
    types: ['indication', 'drug_usage'],
  },
  // why: asks how the medicine should be taken, which is drug_usage; the coffee and breakfast are background
  {
    message:
      'My mother is 78 and was just prescribed alendronate once a week for her bones. She has trouble swallowing and usually takes all her pills with her coffee at breakfast. How should she take it?',
    focus: 'alendronate',
    types: ['drug_usage'],
  },
  // why: asks about a cure or something to slow it down, both therapies, so treatment
  {
    message:
      'My wife was diagnosed with systemic sclerosis last year. Her fingers go white and then blue in the cold and the skin on her hands keeps getting tighter. Is there a cure, or anything that can slow it down?',
    focus: 'systemic sclerosis',
    types: ['treatment'],
  },
  // why: asks whether two conditions are the same, which the guide puts under information
  {
    message:
      'my rheumatologist says i have mixed connective tissue disease. a friend told me its just lupus with a different name. are they the same thing or not?',
    focus: 'mixed connective tissue disease',
    types: ['information'],
  },
  // why: asks whether the medicine is safe in pregnancy, which is contraindications; the focus is the medicine
  {
    message:
      "I take hydroxychloroquine 200 mg twice a day for lupus and I just found out I'm 6 weeks pregnant. Is it safe for the baby if I keep taking it?",
    focus: 'hydroxychloroquine',
    types: ['contraindications'],
  },
  // why: asks whether it runs in families (inheritance), then whether relatives should be scanned (diagnosis)
  {
    message:
      'My mom (58) was found to have fibromuscular dysplasia in her neck arteries after a mini-stroke. Does this run in families? Should her sisters get scanned too?',
    focus: 'fibromuscular dysplasia',
    types: ['inheritance', 'diagnosis'],
  },
  // why: asks about a link between two conditions, which is association; the focus is the first one asked about
  {
    message:
      'My husband has a bicuspid aortic valve and his aorta is a bit enlarged. His father died of an aneurysm at 60. Is there a connection between a bicuspid valve and Marfan syndrome?',
    focus: 'bicuspid aortic valve',
    types: ['association'],
  },
  // why: asks about life expectancy, which is prognosis
  {
    message:
      "Our son was born three weeks ago and the geneticist told us he has Shprintzen-Goldberg syndrome. We can't find much online and we're scared. What is his life expectancy?",
    focus: 'Shprintzen-Goldberg syndrome',
    types: ['prognosis'],
  },
  // why: asks how long the pen can stay out of the fridge, which is storage; the focus is the medicine
  {
    subject: 'Forteo pen and travel',
    message:
      "My doctor started me on teriparatide injections for my bones. How long can the pen stay out of the fridge? I travel for work a lot and hotel rooms don't always have one.",
    focus: 'teriparatide',
    types: ['storage_disposal'],
  },
  // why: asks how big the risk of dissection in pregnancy is, a problem the condition leads to (complications), then for a specialist clinic (find_specialist)
  {
    message:
      "Hi. I'm 31 and I was diagnosed with Marfan syndrome when I was 22, after my lens dislocated. My aortic root was 4.1 cm at my last echo and I'm on losartan. My partner and I have been talking about having a baby for years, and every time I bring it up with my cardiologist he just says 'we'll see'. I've read scary stories about women with Marfan having dissections in pregnancy or right after delivery. How big is that risk really for someone like me? We live in a small town in Wales and I don't think anyone here has ever looked after a Marfan pregnancy. Is there a specialist clinic I could ask to be referred to? Sorry for the long message, and thank you.",
    focus: 'Marfan syndrome',
    types: ['complications', 'find_specialist'],
  },
  // why: asks what can help the pain (treatment), then whether she should do PE at school (lifestyle)
  {
    message:
      "So my daughter is 12 and was diagnosed with Ehlers-Danlos syndrome last spring, after about three years of everyone telling us she was just 'clumsy'. Her shoulders and kneecaps pop out (sometimes just from rolling over in bed!), she's exhausted all the time and in pain most days. She's missed so much school this year. Ibuprofen does basically nothing. What else can actually help with the pain? Also her PE teacher wants a letter saying what she can and can't do. Should she be doing PE at all or is she better off sitting it out? Thanks for reading all this, I know it's a lot.",
    focus: 'Ehlers-Danlos syndrome',
    types: ['treatment', 'lifestyle'],
  },
  // why: asks whether her signs could be the condition and how it is confirmed, both diagnosis
  {
    subject: 'Could I have hEDS?',
    message:
      "For as long as I can remember I've been 'bendy'. I could do party tricks with my thumbs and elbows as a kid. Now I'm 34 and my hips click and partly slip out, I bruise really easily, my skin is soft and stretchy, and I've had two sprained ankles this year just walking. My mum and my sister are the same. A physiotherapist mentioned hypermobile Ehlers-Danlos. Could this be what I have? And is there a genetic test that would confirm it, or how do doctors decide?",
    focus: 'Ehlers-Danlos syndrome, hypermobility type',
    types: ['diagnosis'],
  },
  // why: asks about life expectancy (prognosis), then whether any medicine helps (treatment)
  {
    message:
      "My wife is 38 and has vascular Ehlers-Danlos. Two years ago her colon tore, and last year she had a dissection in an artery to her kidney. She is doing ok now, but I lie awake at night. I try to stay strong for her and our kids, but I need honest answers. What is the life expectancy with vascular EDS? Her doctors here don't prescribe anything specific for it. I read about a blood pressure pill they use in France. Is there any medicine that helps with this condition?",
    focus: 'Ehlers-Danlos syndrome, vascular type',
    types: ['prognosis', 'treatment'],
  },
  // why: asks which gene is involved (genetic_changes), then whether it is hereditary and the chance the sister has it (inheritance)
  {
    message:
      "Dear Sir or Madam,\n\nOur grandson Ethan, who is 6, was recently diagnosed with Loeys-Dietz syndrome after the school doctor heard a heart murmur. His parents are overwhelmed and I would like to understand it better so I can help them. I have two questions.\n\n1) Which gene is involved? The doctors mentioned 'TGFBR' something.\n2) Neither his mum nor his dad has any heart problems. Is it hereditary, and what are the chances his little sister has it as well?\n\nThank you kindly for your time.\nMargaret",
    focus: 'Loeys-Dietz syndrome',
    types: ['genetic_changes', 'inheritance'],
  },
  // why: asks whether the baby's fractures could be the condition and how it is tested (diagnosis), then how common it is (frequency)
  {
    message:
      'Our son is 4 months old. Two weeks ago he had a broken arm, we think from lifting him out of his car seat, and the X-rays also showed two older rib fractures that had healed. Child protective services got involved and we are terrified. We would never hurt him. The whites of his eyes look a bit blue and my husband broke his leg three times as a kid. Could this be osteogenesis imperfecta? How do they test for it, is there a blood test or a genetic test? And how common is OI? The social worker said it is extremely rare.',
    focus: 'osteogenesis imperfecta',
    types: ['diagnosis', 'frequency'],
  },
  // why: asks whether the condition is the same as another (information), then whether the hearing will get worse (prognosis)
  {
    message:
      'Hello, I write from Poland, my english is not perfect, sorry. My son 7 years have diagnose Marshall syndrome, the genetic test show COL11A1. He has flat face, big eyes, strong myopia and he use hearing aids from 3 years old. Doctor say it is similar like Stickler syndrome. It is the same disease or different one? Also I want to know, his hearing will be worse with the years? We are afraid he will be deaf when adult.',
    focus: 'Marshall syndrome',
    types: ['information', 'prognosis'],
  },
  // why: asks the chance he inherited it (inheritance), whether he should be checked or tested (diagnosis), and whether to give up heavy lifting (lifestyle)
  {
    subject: 'aortic dissections in my family',
    message:
      "My dad had an aortic dissection at 52 and survived after emergency surgery. His brother died from one at 47. Dad had genetic testing for Marfan and it was negative, and he doesn't look Marfan at all. His cardiologist used the term familial thoracic aortic aneurysm. I'm 26, male, and I do a lot of powerlifting. What are the odds I inherited whatever this is? Should I get my aorta checked or have a genetic test? And honestly, do I need to give up heavy lifting?",
    focus: 'familial thoracic aortic aneurysm',
    types: ['inheritance', 'diagnosis', 'lifestyle'],
  },
  // why: asks which operations she will need (treatment), then whether she will walk (prognosis)
  {
    message:
      'hi. our baby girl was born in march with both hips and both knees dislocated and her feet turned in. after lots of tests they said larsen syndrome. she is in casts now and the orthopedic team keeps talking about surgeries but nobody gives us the big picture. what kind of operations will she probably need over the years? and will she walk? we just want to know what to expect',
    focus: 'Larsen syndrome',
    types: ['treatment', 'prognosis'],
  },
  // why: a list asking what the medicine does (indication), its side effects (side_effects), and whether calcium and vitamin D can be taken with it (interactions)
  {
    subject: "Questions before Lily's first zoledronic acid infusion",
    message:
      "Hi, our daughter Lily is 5 and has osteogenesis imperfecta type IV. Her team wants to switch her from pamidronate to zoledronic acid next month. I've written down my questions:\n- What does zoledronic acid actually do to the bones?\n- What side effects should we watch for in the first few days?\n- She takes calcium and vitamin D every day. Can she keep taking them with it?\nThank you so much.",
    focus: 'zoledronic acid',
    types: ['indication', 'side_effects', 'interactions'],
  },
];
