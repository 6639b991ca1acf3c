/**
 * "bones" set: 40 messages about bone, joint, muscle and connective tissue conditions, common and rare, and
 * their medicines: pain, tests, treatment and surgery, side effects, exercise and sport, school and work,
 * pregnancy, outlook, families, experts and support groups. Written by someone who had read neither the
 * understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. First
 * scored before any change for it: focus 1.000, type F1 0.875. Scored by bones.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --bones --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const BONES_MESSAGES: ConsumerMessage[] = [
  {
    // "is there anything that can actually rebuild her bones or is it just about slowing it down" = treatment. Misspelled "osteoperosis" (osteoporosis).
    subject: 'mum just diagnosed',
    message:
      'hi, my mum is 78 and just found out she has osteoperosis after she fell in the garden and broke her wrist. the doctor gave her a leaflet but she didnt really take it in. is there anything that can actually rebuild her bones or is it just about slowing it down? thanks',
    focus: 'osteoperosis',
    types: ['treatment'],
  },
  {
    // "Can Fosamax really cause jaw problems like that?" = side_effects.
    message:
      "I've been taking Fosamax once a week for about six years. My dentist wants to take out a molar and got quite serious when I mentioned it, something about the jaw bone dying. Can Fosamax really cause jaw problems like that?",
    focus: 'Fosamax',
    types: ['side_effects'],
  },
  {
    // "Will the rheumatoid arthritis cause problems during the pregnancy" = complications (effect on a pregnancy);
    // "what are the chances our baby ends up with it too" = inheritance.
    subject: 'RA and trying for a baby',
    message:
      "I'm 31 and have had rheumatoid arthritis since I was 24. It's well controlled now. My partner and I want to start trying for a baby next year. Will the rheumatoid arthritis cause problems during the pregnancy, like a miscarriage or an early birth? And what are the chances our baby ends up with it too? My grandmother had it as well so I do worry.",
    focus: 'rheumatoid arthritis',
    types: ['complications', 'inheritance'],
  },
  {
    // "Is one glass of wine on a Saturday OK with it" = interactions (alcohol);
    // "Can I still take it today or should I wait until next Monday?" = drug_usage (missed dose).
    message:
      "I take methotrexate tablets every Monday for my RA. Two questions. Is one glass of wine on a Saturday OK with it, or is that a no-no for the liver? And I completely forgot my dose this week and it's Wednesday now. Can I still take it today or should I wait until next Monday?",
    focus: 'methotrexate',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "Is lupus contagious?" = susceptibility.
    subject: 'Is lupus catching?',
    message:
      "My daughter's best friend (14) has just been diagnosed with lupus and a couple of the other mums at school are keeping their kids away from her. Is lupus contagious? I want to be able to tell them the facts.",
    focus: 'lupus',
    types: ['susceptibility'],
  },
  {
    // "Isn't that a malaria drug?? How is it supposed to help lupus?" = indication (how the medicine works; one question asked twice).
    message:
      "My rheumatologist started me on Plaquenil for my lupus. Isn't that a malaria drug?? How is it supposed to help lupus?",
    focus: 'Plaquenil',
    types: ['indication'],
  },
  {
    // "what actually brings the attacks on?" = cause; "what can i do so i dont get another one" = prevention.
    message:
      '52M, second gout attack this year, big toe again, cant walk. what actually brings the attacks on? mate says its the beer. and what can i do so i dont get another one',
    focus: 'gout',
    types: ['cause', 'prevention'],
  },
  {
    // "is it the allopurinal doing this??" = side_effects (whether a problem comes from the medicine). Misspelled "allopurinal" (allopurinol).
    subject: 'worse since starting allopurinal??',
    message:
      'GP put me on allopurinal 3 weeks ago to stop the gout and ive just had the worst flare of my life, in my knee this time. is it the allopurinal doing this??',
    focus: 'allopurinal',
    types: ['side_effects'],
  },
  {
    // "Can colchicine be taken together with simvastatin?" = interactions.
    message: 'Can colchicine be taken together with simvastatin?',
    focus: 'colchicine',
    types: ['interactions'],
  },
  {
    // "Will the curve get worse while she is growing?" = prognosis; "does bracing actually work, or will she end up
    // needing surgery anyway?" = treatment; "Can she keep training with scoliosis?" = lifestyle.
    subject: 'Scoliosis in our 12 year old',
    message:
      "Our daughter Maya is 12 and the school nurse noticed her shoulders were uneven. The X-ray showed scoliosis with a 24 degree curve. She hasn't had her growth spurt yet. Will the curve get worse while she is growing? The orthopedic doctor talked about a brace worn 18 hours a day. Does bracing actually work, or will she end up needing surgery anyway? She is a competitive gymnast and is devastated at the thought of giving it up. Can she keep training with scoliosis?",
    focus: 'scoliosis',
    types: ['prognosis', 'treatment', 'lifestyle'],
  },
  {
    // "Could this be Ehlers Danlos?" = diagnosis; "who would even diagnose it - a rheumatologist, a geneticist?" = find_specialist.
    message:
      "I'm 26 and I've always been 'double jointed'. I've dislocated my shoulder three times, I sprain my ankles constantly, I bruise like a peach and my skin is really soft and stretchy. My physio said I should look into Ehlers Danlos. Could this be Ehlers Danlos? And who would even diagnose it - a rheumatologist, a geneticist? My GP just shrugged.",
    focus: 'Ehlers Danlos',
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // "Is that something he should get checked for before the season starts?" = diagnosis ("should he be tested for X").
    subject: 'Player with very long arms',
    message:
      "I coach varsity basketball. One of my sophomores is six foot seven, really thin, arms way longer than anyone else's, very flexible fingers, and he wears thick glasses. One of the other parents pulled me aside and said it looks like Marfan's syndrome. Is that something he should get checked for before the season starts? I'd hate to miss something.",
    focus: "Marfan's syndrome",
    types: ['diagnosis'],
  },
  {
    // "Does it get better as children get older, will she break fewer bones as a teenager?" = prognosis;
    // "Is there any medicine that makes the bones stronger?" = treatment;
    // "is there a group for families, grandparents too" = find_specialist (support group).
    subject: 'My granddaughter',
    message:
      'Hello. I am writing about my granddaughter Lily who is 5 and has osteogenesis imperfecta, type 1 they said. She has broken nine bones already, the last one just from tripping over the dog. My daughter is worn out and I want to be more help to them. Does it get better as children get older, will she break fewer bones as a teenager? Is there any medicine that makes the bones stronger? Her doctor is far away and we only see him twice a year. And is there a group for families, grandparents too, where we could talk to others who have been through this? Thank you kindly, Margaret',
    focus: 'osteogenesis imperfecta',
    types: ['prognosis', 'treatment', 'find_specialist'],
  },
  {
    // "Is brittle bone disease passed down from parents?" = inheritance.
    message:
      'Is brittle bone disease passed down from parents? My husband has it and I am 10 weeks pregnant.',
    focus: 'brittle bone disease',
    types: ['inheritance'],
  },
  {
    // "What causes achondroplasia if it isn't from us?" = cause; "If we have another baby could it happen again?" = inheritance;
    // "what sort of life will he have, is his life expectancy normal?" = prognosis.
    subject: 'Scan at 32 weeks',
    message:
      "At our 32 week scan they found the baby's arm and leg bones are short and the consultant thinks it is achondroplasia. We are both average height and nobody in either family is short. What causes achondroplasia if it isn't from us? If we have another baby could it happen again? And honestly, what sort of life will he have, is his life expectancy normal?",
    focus: 'achondroplasia',
    types: ['cause', 'inheritance', 'prognosis'],
  },
  {
    // "Can fibrous dysplasia turn into cancer?" = complications.
    message:
      "An x-ray for my knee showed a 'ground glass' area in my thigh bone and the report says fibrous dysplasia. I've had no pain there. Can fibrous dysplasia turn into cancer?",
    focus: 'fibrous dysplasia',
    types: ['complications'],
  },
  {
    // "How do they confirm McCune-Albright syndrome? Is there a blood test, or a bone scan?" = diagnosis (one question asked twice).
    message:
      'Our daughter is 4 and has had some vaginal bleeding, and she has a large café-au-lait birthmark on her back. The pediatric endocrinologist said McCune-Albright syndrome is a possibility. How do they confirm McCune-Albright syndrome? Is there a blood test, or a bone scan?',
    focus: 'McCune-Albright syndrome',
    types: ['diagnosis'],
  },
  {
    // "Will he be able to walk and run normally when he is older?" = prognosis;
    // "when can he go back to playing at school?" = lifestyle (sport, school).
    message:
      'Our son (6) has been limping for a couple of months and today he was diagnosed with Perthes disease in his left hip. We have been told to keep him off trampolines and football for now. Will he be able to walk and run normally when he is older? He is football mad - when can he go back to playing at school?',
    focus: 'Perthes disease',
    types: ['prognosis', 'lifestyle'],
  },
  {
    // "could this be juvenile arthritis??" = diagnosis.
    message:
      'my 3 yr old has been limping every morning for weeks, knee is puffy, no fall or anything. by lunchtime shes fine. could this be juvenile arthritis??',
    focus: 'juvenile arthritis',
    types: ['diagnosis'],
  },
  {
    // "does it ever go away or is this my life now" = prognosis. Misspelled "fibromyalga" (fibromyalgia).
    message:
      'diagnosed w fibromyalga last yr. pain everywhere, exhausted all the time, brain fog. im 34. does it ever go away or is this my life now',
    focus: 'fibromyalga',
    types: ['prognosis'],
  },
  {
    // "Are there any clinical trials he might be able to take part in?" = research; "could she be a carrier too?" = inheritance (carriers).
    subject: 'Duchenne - newly diagnosed',
    message:
      'Our son Oliver, 4, was diagnosed with Duchenne muscular dystrophy last month after a blood test showed a very high CK. We are still in shock. Are there any clinical trials he might be able to take part in? We keep reading about gene therapy. Also, my sister is planning a family - could she be a carrier too?',
    focus: 'Duchenne muscular dystrophy',
    types: ['research', 'inheritance'],
  },
  {
    // "A forum said dermatomyositis is linked with cancer in adults. Is there really a connection?" = association (link between two conditions).
    message:
      'I was diagnosed with dermatomyositis in March (purple rash on my eyelids, weak thighs). A forum said dermatomyositis is linked with cancer in adults. Is there really a connection?',
    focus: 'dermatomyositis',
    types: ['association'],
  },
  {
    // "Is there any treatment that works for inclusion body myositis?" = treatment;
    // "what is the outlook - is he going to end up in a wheelchair?" = prognosis.
    subject: "Dad's IBM",
    message:
      'My father is 71 and was diagnosed with inclusion body myositis after years of falls and trouble gripping things. They tried steroids for a while and nothing changed. Is there any treatment that works for inclusion body myositis? And what is the outlook - is he going to end up in a wheelchair?',
    focus: 'inclusion body myositis',
    types: ['treatment', 'prognosis'],
  },
  {
    // "can i just stop taking it now?" = drug_usage (stopping).
    message:
      'been on prednisone 15mg for 3 months for polymyalgia rheumatica, feel loads better. can i just stop taking it now?',
    focus: 'prednisone',
    types: ['drug_usage'],
  },
  {
    // "What is polymyalgia rheumatica?" = information.
    message:
      "What is polymyalgia rheumatica? My mother's GP thinks that's what is causing her stiff shoulders in the mornings and I'd never heard of it.",
    focus: 'polymyalgia rheumatica',
    types: ['information'],
  },
  {
    // "Is ankylosing spondylitis hereditary?" = inheritance.
    message:
      "I have ankylosing spondylitis and I'm HLA-B27 positive. Now my 17 year old son has started getting bad lower back pain in the mornings. Is ankylosing spondylitis hereditary?",
    focus: 'ankylosing spondylitis',
    types: ['inheritance'],
  },
  {
    // "does it need to be treated if he has no symptoms?" = treatment.
    message:
      "My dad (80) had a routine blood test that showed a high alkaline phosphatase, and a bone scan then showed Paget's disease of bone in his pelvis. He feels fine - does it need to be treated if he has no symptoms?",
    focus: "Paget's disease of bone",
    types: ['treatment'],
  },
  {
    // "Is there any research going on for FOP?" = research.
    message:
      'Is there any research going on for FOP? My nephew was diagnosed at 3 after a lump on his neck turned to bone.',
    focus: 'FOP',
    types: ['research'],
  },
  {
    // "Do I need to stop running or will keeping active actually help it?" = lifestyle (exercise; one question).
    message:
      '58 yr old runner, X-ray shows osteoarthritis in my right knee. Do I need to stop running or will keeping active actually help it?',
    focus: 'osteoarthritis',
    types: ['lifestyle'],
  },
  {
    // "Could this be psoriatic arthritis?" = diagnosis.
    message:
      "I've had psoriasis on my elbows for 20 years. Now two of my fingers are swollen like sausages and stiff in the morning. Could this be psoriatic arthritis?",
    focus: 'psoriatic arthritis',
    types: ['diagnosis'],
  },
  {
    // "Can Sjogren's syndrome affect my baby?" = complications (effect on a pregnancy).
    message:
      "I have Sjogren's syndrome and I'm 12 weeks pregnant. My rheumatologist mentioned antibodies and the baby's heart and now I'm terrified. Can Sjogren's syndrome affect my baby?",
    focus: "Sjogren's syndrome",
    types: ['complications'],
  },
  {
    // "is that part of scleroderma?" = symptoms (whether a sign belongs to it); "whats the life expectancy" = prognosis.
    message:
      'my aunt has scleroderma, the diffuse type. her fingers go white then blue when its cold, is that part of scleroderma? and whats the life expectancy',
    focus: 'scleroderma',
    types: ['symptoms', 'prognosis'],
  },
  {
    // "Which gene is involved in myotonic dystrophy?" = genetic_changes; "what are the chances our two kids have it?" = inheritance.
    message:
      'My husband has myotonic dystrophy type 1. His mum only had cataracts and a bit of weakness, but he was diagnosed at 30 with much worse symptoms. Which gene is involved in myotonic dystrophy? And what are the chances our two kids have it?',
    focus: 'myotonic dystrophy',
    types: ['genetic_changes', 'inheritance'],
  },
  {
    // "How rare is hypophosphatasia?" = frequency.
    message:
      'Our son lost four baby teeth before he was 2, roots and all. The pediatric dentist thinks it may be hypophosphatasia. How rare is hypophosphatasia?',
    focus: 'hypophosphatasia',
    types: ['frequency'],
  },
  {
    // "Should they be sitting out of training and matches?" = lifestyle (sport); "What causes Osgood Schlatter in the first place?" = cause.
    subject: 'knee lumps in my U14 team',
    message:
      "I coach an under-14 soccer team and three of my boys are complaining of a sore bony lump just below the kneecap, worse after training. One of the dads says it's Osgood Schlatter. Should they be sitting out of training and matches? What causes Osgood Schlatter in the first place?",
    focus: 'Osgood Schlatter',
    types: ['lifestyle', 'cause'],
  },
  {
    // "Is it a problem to be a month late with the shot?" = drug_usage (timing, missed dose);
    // "does Medicare Part B or Part D cover Prolia?" = other (insurance).
    message:
      "My Prolia injection was due 4 weeks ago but my new insurance hasn't approved it yet. Is it a problem to be a month late with the shot? And does Medicare Part B or Part D cover Prolia? I'm going round in circles with them.",
    focus: 'Prolia',
    types: ['drug_usage', 'other'],
  },
  {
    // "How long can Humira pens stay out of the fridge?" = storage_disposal.
    message: "How long can Humira pens stay out of the fridge? We're going camping for 4 days.",
    focus: 'Humira',
    types: ['storage_disposal'],
  },
  {
    // "Is Enbrel safe while breastfeeding?" = contraindications.
    message: 'Is Enbrel safe while breastfeeding?',
    focus: 'Enbrel',
    types: ['contraindications'],
  },
  {
    // "Are overweight kids more at risk of slipped capital femoral epiphysis?" = susceptibility (whether a condition raises the risk).
    message:
      'Our 12 year old son is overweight and has started limping with knee pain. The doctor mentioned slipped capital femoral epiphysis. Are overweight kids more at risk of slipped capital femoral epiphysis?',
    focus: 'slipped capital femoral epiphysis',
    types: ['susceptibility'],
  },
  {
    // "Does sulfasalazine contain sulfa?" = ingredients.
    message:
      "I'm allergic to sulfa antibiotics (Bactrim gave me hives). My rheumatologist wants to start me on sulfasalazine. Does sulfasalazine contain sulfa?",
    focus: 'sulfasalazine',
    types: ['ingredients'],
  },
];
