/**
 * "urgent" set. Worried messages written in the moment (a missed or doubled dose, a new symptom, a bad result, a
 * relative in hospital) asking what it means and what to do. Written by someone who had read neither the
 * understanding or retrieval code nor any earlier set, following the labeling guide (src/understand/README.md)
 * and checking only that each focus is a name the knowledge base holds. Scored once, before any change made for
 * it (focus 1.000, type F1 0.689). Scored by urgent.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --urgent --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const URGENT_MESSAGES: ConsumerMessage[] = [
  {
    // "is a fever dangerous for kids with sickle cell?" -> complications (what a fever can lead to in it)
    // "should i take her to the ER tonight or can it wait till her clinic in the morning" -> treatment (managing the fever episode)
    subject: 'fever 39.2 sickle cell',
    message:
      "my daughter is 4 and has sickle cell disease, she's had a fever of 39.2 since this afternoon and she is way more tired than usual and not eating. is a fever dangerous for kids with sickle cell? should i take her to the ER tonight or can it wait till her clinic in the morning",
    focus: 'sickle cell disease',
    types: ['complications', 'treatment'],
  },
  {
    // "can i take it now or do i skip it and double up tomorrow?" -> drug_usage (missed dose)
    // "what does it actually do" -> indication (how the medicine works)
    // "will missing one day even matter" -> drug_usage (missed dose, same type)
    message:
      'forgot my levothyroxine this morning, only noticed now at 9pm. can i take it now or do i skip it and double up tomorrow? what does it actually do, like will missing one day even matter',
    focus: 'levothyroxine',
    types: ['drug_usage', 'indication'],
  },
  {
    // "Is a double dose dangerous, what would we look out for?" -> side_effects (harm from too much of the medicine)
    // "Should she skip tomorrow's tablet or take it as normal?" -> drug_usage (dosing after a doubled dose)
    subject: 'took warfarin twice',
    message:
      "Hi, my mum (82) is on warfarin for her AF and I think she took tonight's dose twice - the slot for tomorrow in her pill box is empty too. She seems fine in herself. Is a double dose dangerous, what would we look out for? Should she skip tomorrow's tablet or take it as normal?",
    focus: 'warfarin',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "is this from the lamotrigine?" -> side_effects (whether the rash comes from the medicine)
    // "should i stop taking it tonight or wait to speak to my neurologist on monday" -> drug_usage (stopping)
    message:
      'started lamotrigine 2 weeks ago for my epilepsy and this morning ive got a red rash on my chest and arms, bit itchy, no temperature. is this from the lamotrigine? i read somewhere about a really serious rash with it. should i stop taking it tonight or wait to speak to my neurologist on monday',
    focus: 'lamotrigine',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "What is PKU?" -> information (overview of the condition)
    // "Can I keep breastfeeding him tonight or will it harm him?" -> lifestyle (diet)
    // "Will he have brain damage?" -> prognosis (outlook for the baby)
    subject: 'newborn screening positive for PKU',
    message:
      "We just got a phone call that our son's heel prick test shows PKU and we have to go to the metabolic clinic first thing tomorrow. He is 9 days old and breastfed. What is PKU? Can I keep breastfeeding him tonight or will it harm him? Will he have brain damage? We are in shock.",
    focus: 'PKU',
    types: ['information', 'lifestyle', 'prognosis'],
  },
  {
    // "Will he be able to walk again?" -> prognosis (whether he will walk)
    // "Could that stomach bug have caused this?" -> association (named exposure asked as its cause)
    message:
      "My husband was admitted last night and they now say it's Guillain Barre syndrome. His legs are getting weaker by the hour and they are moving him to ICU in case his breathing goes. He had a bad stomach bug about 2 weeks ago. Will he be able to walk again? Could that stomach bug have caused this?",
    focus: 'Guillain Barre syndrome',
    types: ['prognosis', 'association'],
  },
  {
    // "how many is dangerous for a child??" -> side_effects (harm from too much of the medicine)
    // "what signs do i watch for" -> side_effects (signs of the medicine's harm, same type)
    subject: 'toddler ate iron tablets??',
    message:
      "my 2 yr old got into my iron tablets (ferrous sulfate 200mg), i think she had 3 maybe 4, the packet was already open so not sure. she's playing normally right now. how many is dangerous for a child?? what signs do i watch for",
    focus: 'ferrous sulfate',
    types: ['side_effects'],
  },
  {
    // "Is this dangerous?" -> complications (what vomiting with ketones can lead to)
    // "what should we be doing tonight to get the ketones down" -> treatment (managing it)
    message:
      "My son (11) has type 1 diabetes and has been vomiting since lunch, his blood ketones are 1.8 and his sugar is 16. He's keeping a bit of water down. Is this dangerous? what should we be doing tonight to get the ketones down",
    focus: 'type 1 diabetes',
    types: ['complications', 'treatment'],
  },
  {
    // "Is this what an adrenal crisis feels like?" -> symptoms (whether the signs belong to it)
    // "What brings a crisis on" -> cause (what brings on its attacks)
    message:
      "I have Addison's disease and have been throwing up since 2am, couldn't keep my morning tablets down. Feeling shaky, cold and really weak. Is this what an adrenal crisis feels like? What brings a crisis on, I havent had a bug or anything",
    focus: "Addison's disease",
    types: ['symptoms', 'cause'],
  },
  {
    // "does he need an extra dose of factor now?" -> treatment (managing a possible bleed)
    // "how long after a knock can a bleed in the brain show up" -> complications (brain bleed it can lead to)
    message:
      "my son has severe haemophilia A, he fell off the sofa and bumped his head on the coffee table about an hour ago. small lump, he's acting normal and chatty. we gave his factor last night. does he need an extra dose of factor now? how long after a knock can a bleed in the brain show up",
    focus: 'haemophilia A',
    types: ['treatment', 'complications'],
  },
  {
    // "what is it?" -> information (overview)
    // "can it damage his heart?" -> complications (heart damage it can lead to)
    // "is it catching" -> susceptibility (whether it is contagious)
    subject: 'Kawasaki??',
    message:
      "Our 3 year old has just been admitted, the doctors think Kawasaki disease. he's had a fever for 6 days, red eyes, cracked red lips and his hands are swollen. what is it? can it damage his heart? is it catching - his baby sister is at home with my mum",
    focus: 'Kawasaki disease',
    types: ['information', 'complications', 'susceptibility'],
  },
  {
    // "should he stop taking it until he sees the doctor??" -> drug_usage (stopping after a dosing error)
    // "are the mouth sores from taking too much" -> side_effects (whether the problem comes from the medicine)
    message:
      'URGENT my dad has been taking his methotrexate every day instead of once a week, for 4 days now. the pharmacist spotted it when i picked up his prescription. he has mouth ulcers and feels sick. should he stop taking it until he sees the doctor?? are the mouth sores from taking too much',
    focus: 'methotrexate',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "Does this mean lupus has got into my kidneys?" -> complications (kidney damage it can lead to)
    // "is this something that gets better with treatment or will my kidneys fail" -> prognosis (the course of it)
    subject: 'kidney results',
    message:
      "Just saw my results on the patient portal - protein in urine 3+ and creatinine up from 70 to 130 since March. I've had lupus (SLE) for 6 years and I've been feeling puffy round the ankles, I put it down to the heat. My appointment isn't until Thursday and nobody has called me. Does this mean lupus has got into my kidneys? is this something that gets better with treatment or will my kidneys fail",
    focus: 'lupus',
    types: ['complications', 'prognosis'],
  },
  {
    // "is this his aorta??" -> complications (aortic problem it can lead to)
    // "he wasnt supposed to be lifting heavy weights was he" -> lifestyle (exercise)
    message:
      "my 16yo has marfan syndrome and just came in saying he has a sharp pain in his chest going through to his back. he's been lifting weights at his mates house. we're in the car on the way to A&E now. is this his aorta?? he wasnt supposed to be lifting heavy weights was he",
    focus: 'marfan syndrome',
    types: ['complications', 'lifestyle'],
  },
  {
    // "Is trouble swallowing part of the myasthenia or something else?" -> symptoms (whether a sign belongs to it)
    // "can a chest infection make it flare up like this?" -> cause (what brings on a flare)
    message:
      "My wife has myasthenia gravis, she's had a chest infection since the weekend and today her eyelids are drooping much more, she's struggling to swallow her tea and her voice is weak and nasal. Is trouble swallowing part of the myasthenia or something else? can a chest infection make it flare up like this?",
    focus: 'myasthenia gravis',
    types: ['symptoms', 'cause'],
  },
  {
    // "does it still cause a reaction if the beans are cooked?" -> cause (what brings on its attacks)
    // "what signs should i be watching for tonight" -> symptoms (signs of it)
    message:
      "my son has G6PD deficiency and he just ate falafel at a birthday party, i only found out afterwards it was made with fava beans. he's 7. does it still cause a reaction if the beans are cooked? what signs should i be watching for tonight",
    focus: 'G6PD deficiency',
    types: ['cause', 'symptoms'],
  },
  {
    // "Does pseudomonas mean her lungs will go downhill faster now?" -> prognosis (whether it gets worse)
    // "How do we stop it coming back once it's cleared?" -> prevention (preventing relapses)
    message:
      "Our daughter (5, CF) had a cough swab that just came back growing pseudomonas for the first time. The nurse said they'll start her on antibiotics and nebs but I'm panicking. Does pseudomonas mean her lungs will go downhill faster now? How do we stop it coming back once it's cleared?",
    focus: 'CF',
    types: ['prognosis', 'prevention'],
  },
  {
    // "is that normal after?" -> symptoms (whether a sign belongs to it)
    // "does every fever set them off?" -> cause (what brings on its seizures)
    // "how do we stop this happening every time she gets a cold" -> prevention (preventing attacks)
    message:
      "my daughter has Dravet syndrome, she just had a 6 min siezure with a temp of 38, we gave the buccal midazolam and it stopped. now she's floppy and sleeping. is that normal after? does every fever set them off? how do we stop this happening every time she gets a cold",
    focus: 'Dravet syndrome',
    types: ['symptoms', 'cause', 'prevention'],
  },
  {
    // "is this another attack?" -> symptoms (whether the signs belong to it)
    // "could that have triggered it?" -> association (named exposure asked as its cause)
    message:
      "I was diagnosed with acute intermittent porphyria last year after an attack. For 2 days I've had terrible stomach pain and my pee looks dark like tea. is this another attack? I started a new contraceptive pill last month - could that have triggered it?",
    focus: 'acute intermittent porphyria',
    types: ['symptoms', 'association'],
  },
  {
    // "will the baby be ok??" -> contraindications (pregnancy)
    message:
      'i just found out im pregnant, maybe 5 or 6 weeks, and ive been taking isotretinoin for my acne since january. i stopped it the second i saw the test. will the baby be ok??',
    focus: 'isotretinoin',
    types: ['contraindications'],
  },
  {
    // "does an epipen work for HAE?" -> treatment (therapy for an attack)
    // "can a pharmacy give me icatibant without the prescription" -> other (prescription paperwork)
    message:
      'lip swelling started 30 mins ago and my throat feels a bit tight, i have hereditary angioedema. im away from home and dont have my icatibant with me. does an epipen work for HAE? can a pharmacy give me icatibant without the prescription',
    focus: 'hereditary angioedema',
    types: ['treatment', 'other'],
  },
  {
    // "What else could make CK that high?" -> diagnosis (telling it apart from other conditions)
    // "Is it from my side of the family?" -> inheritance (carrier mother)
    // "Are there any gene therapy trials he could get into if it is DMD" -> research (clinical trials)
    subject: 'CK result',
    message:
      "The paediatrician rang to say our 3 yr old's CK is 15,000 and she wants to test him for Duchenne muscular dystrophy. He's a bit slow on stairs and falls a lot but that's all, he's a happy little boy. I've been googling all afternoon. What else could make CK that high? Is it from my side of the family? Are there any gene therapy trials he could get into if it is DMD",
    focus: 'Duchenne muscular dystrophy',
    types: ['diagnosis', 'inheritance', 'research'],
  },
  {
    // "Is this the lithium?" -> side_effects (whether the problem comes from the medicine)
    // "can that make the levels go up?" -> interactions (with another medicine)
    message:
      "I've had diarrhoea for 3 days and now my hands are shaking a lot and I feel wobbly on my feet. I'm on lithium 800mg. Is this the lithium? I took ibuprofen for the cramps yesterday, can that make the levels go up?",
    focus: 'lithium',
    types: ['side_effects', 'interactions'],
  },
  {
    // "what are the chances we have it too?" -> inheritance (chance a sibling has it)
    // "what is the test?" -> diagnosis (tests)
    // "how does a healthy 19 year old get liver failure out of nowhere" -> cause (why it happens)
    message:
      "my brother (19) was admitted on monday with liver failure and they found it's Wilson disease. they're talking about a transplant. the doctors said me and my younger sister need testing. what are the chances we have it too? what is the test? how does a healthy 19 year old get liver failure out of nowhere",
    focus: 'Wilson disease',
    types: ['inheritance', 'diagnosis', 'cause'],
  },
  {
    // "how long is too long for her age?" -> lifestyle (feeding, diet)
    // "is she at risk of a crisis right now" -> complications (the crisis it can lead to)
    message:
      "our baby girl has MCAD deficiency (found on the newborn screen). she's 3 weeks old and has a cold, she's only had 2 feeds since this morning and is very sleepy. the letter said not to let her go long without food. how long is too long for her age? is she at risk of a crisis right now",
    focus: 'MCAD deficiency',
    types: ['lifestyle', 'complications'],
  },
  {
    // "is that too much?" -> drug_usage (dose)
    // "do we need to take him in" -> drug_usage (what to do after an extra dose, same type)
    message:
      'gave my 3 yr old childrens tylenol at 6 and my husband gave him another dose at 7 not knowing, 5ml each time. is that too much? do we need to take him in',
    focus: 'tylenol',
    types: ['drug_usage'],
  },
  {
    // "Is it a type of leukaemia?" -> information (what the condition is)
    // "What is the life expectancy with it?" -> prognosis (life expectancy)
    // "is she too old for a transplant?" -> treatment (surgery/transplant)
    message:
      "Just back from the haematologist with my mum (67). She has aplastic anaemia, her counts are very low and she's being admitted tomorrow for a transfusion. Is it a type of leukaemia? What is the life expectancy with it? They mentioned ATG or a bone marrow transplant - is she too old for a transplant?",
    focus: 'aplastic anaemia',
    types: ['information', 'prognosis', 'treatment'],
  },
  {
    // "is that safe with a count that low?" -> treatment (managing it by watching)
    // "can he go to nursery tomorrow" -> lifestyle (school/daily life)
    subject: 'platelets 8 ??',
    message:
      'my 5 year old was diagnosed with ITP tonight after we noticed little red dots all over his legs and a big bruise on his back. platelets are 8. the doctors say they might just watch him and not treat. is that safe with a count that low? can he go to nursery tomorrow',
    focus: 'ITP',
    types: ['treatment', 'lifestyle'],
  },
  {
    // "is this stevens johnson?" -> diagnosis (whether his signs could be it)
    // "is it from the tablets" -> side_effects (whether the problem comes from carbamazepine)
    message:
      'my brother started carbamazepine for nerve pain 3 weeks ago and now he has blisters inside his mouth, his eyes are red and sore and temp 38.5. some skin on his chest looks like its peeling. hes Han Chinese if that matters. is this stevens johnson? is it from the tablets',
    focus: 'stevens johnson',
    types: ['diagnosis', 'side_effects'],
  },
  {
    // "is it safe for her to keep swimming?" -> lifestyle (sport)
    // "could her two brothers have it too?" -> inheritance (chance a sibling has it)
    message:
      "my daughter is 14, she fainted at swimming club today and the ECG at the hospital showed long QT syndrome. they sent us home with a beta blocker and a cardiology referral. is it safe for her to keep swimming? could her two brothers have it too? i'm terrified it'll happen again while she's asleep",
    focus: 'long QT syndrome',
    types: ['lifestyle', 'inheritance'],
  },
  {
    // "is there penicillin in amoxicillin?" -> ingredients (what the medicine contains)
    // "what do i watch for" -> side_effects (allergic reaction to the medicine)
    message:
      "Doctor prescribed amoxicillin for my daughter's ear infection, she's had 2 doses, and I've just read on her old hospital letter that she's allergic to penicillin!! is there penicillin in amoxicillin? what do i watch for",
    focus: 'amoxicillin',
    types: ['ingredients', 'side_effects'],
  },
  {
    // "is this a cyst bursting?" -> symptoms (whether a sign belongs to it)
    // "should they be scanned now or wait till they're older" -> diagnosis (screening)
    message:
      "I have ADPKD (same as my dad) and woke up with red urine and pain in my right side. I'm 34. is this a cyst bursting? my kids are 6 and 9 - should they be scanned now or wait till they're older",
    focus: 'ADPKD',
    types: ['symptoms', 'diagnosis'],
  },
  {
    // "is the insulin ruined?" -> storage_disposal (storing it)
    // "should we throw the pens away and open new ones" -> storage_disposal (throwing it away, same type)
    subject: 'insulin left in hot car',
    message:
      "our son's insulin pens got left in the car all afternoon, it was about 35 degrees out. his sugars are 20+ tonight even after corrections. is the insulin ruined? should we throw the pens away and open new ones",
    focus: 'insulin',
    types: ['storage_disposal'],
  },
  {
    // "Can missing it bring on an attack like this?" -> cause (what brings on its attacks)
    // "Will missing doses give him amyloidosis?" -> complications (condition it can lead to when untreated)
    message:
      "My son (10) has FMF. We're on holiday and forgot his colchicine, so he has missed 4 days, and since last night he has a high fever and bad tummy pain. Can missing it bring on an attack like this? Will missing doses give him amyloidosis?",
    focus: 'FMF',
    types: ['cause', 'complications'],
  },
  {
    // "will his kidneys recover?" -> prognosis (recovery)
    // "could the farm have caused this?" -> association (named exposure asked as its cause)
    // "are they at risk" -> susceptibility (risk from exposure)
    message:
      "my nephew (4) was admitted and they said it's HUS from e coli. his kidneys have stopped working and they're starting dialysis tonight. he went to a petting farm last weekend with us. will his kidneys recover? could the farm have caused this? my kids were there too, are they at risk",
    focus: 'HUS',
    types: ['prognosis', 'association', 'susceptibility'],
  },
  {
    // "what does that much iron do to her heart?" -> complications (heart problems it can lead to)
    // "how do we get it down" -> treatment (managing iron overload)
    message:
      'ferritin result just came back at 4200, my daughter has beta thalassaemia major and has transfusions every 3 weeks. the doctor wasnt in clinic to explain it. she hates her chelation medicine and skips it alot. what does that much iron do to her heart? how do we get it down',
    focus: 'beta thalassaemia major',
    types: ['complications', 'treatment'],
  },
  {
    // "Can these turn into cancer?" -> complications (turning into another condition)
    // "Who should I see" -> find_specialist (doctors)
    message:
      "I have NF1. One of the lumps on my back has got much bigger in the last month and now it hurts, especially at night. I'm 28. Can these turn into cancer? Who should I see, my GP doesn't know much about NF",
    focus: 'NF1',
    types: ['complications', 'find_specialist'],
  },
  {
    // "How rare is it?" -> frequency (how common)
    // "is there a genetic test we can do now before she's born?" -> diagnosis (tests)
    // "can it be passed on even if neither of us has it" -> inheritance (runs in families)
    subject: 'heart tumours on scan',
    message:
      "Baby's heart scan at 28 weeks showed rhabdomyomas and the doctor said it may mean tuberous sclerosis and she'll need an MRI after birth. We'd never heard of it until today. How rare is it? is there a genetic test we can do now before she's born? can it be passed on even if neither of us has it",
    focus: 'tuberous sclerosis',
    types: ['frequency', 'diagnosis', 'inheritance'],
  },
  {
    // "could she have got it from me?" -> inheritance (passed from a parent)
    // "which gene is it" -> genetic_changes (which gene)
    message:
      "my 13 y/o just got her first period and has been bleeding heavily for 9 days, she's pale and dizzy and they're admitting her for a blood transfusion. the haematologist wants to test for von willebrand disease. I've always bruised easily and get nosebleeds. could she have got it from me? which gene is it",
    focus: 'von willebrand disease',
    types: ['inheritance', 'genetic_changes'],
  },
  {
    // "do i need to stop it before the scan?" -> drug_usage (stopping)
    // "is alcohol ok with metformin" -> interactions (with alcohol)
    message:
      'having a CT scan with contrast at 8am tomorrow and just realised im on metformin. do i need to stop it before the scan? also had a few glasses of wine at a wedding tonight, is alcohol ok with metformin',
    focus: 'metformin',
    types: ['drug_usage', 'interactions'],
  },
];
