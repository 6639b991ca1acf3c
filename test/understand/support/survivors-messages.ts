/**
 * "survivors" set. Messages from survivors of childhood cancer, transplants, heart surgery or a serious illness
 * about late effects, follow-up, fertility, whether it can come back, and the medicines they still take. Written
 * by someone who had read neither the understanding or retrieval code nor any earlier set, following the
 * labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once, before any change made for it (focus 1.000, type F1 0.817). Scored by survivors.test.ts
 * and by `npx tsx test/understand/support/score-messages.ts --survivors --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const SURVIVORS_MESSAGES: ConsumerMessage[] = [
  // why: "is there a clinic that follows adults who had cancer as kids" asks for a specialist clinic
  {
    subject: "late effects after Hodgkin's",
    message:
      "I was treated for Hodgkin lymphoma at 16 with chemo and radiation to the chest. I'm 38 now and the oncologist who followed me has retired. Is there a clinic anywhere that follows adults who had cancer as kids?",
    focus: 'Hodgkin lymphoma',
    types: ['find_specialist'],
  },
  // why: "can she run marathons with one kidney" asks daily life/sport; "can the Wilms tumor come back" asks the outlook
  {
    message:
      'My daughter had Wilms tumor when she was 3 and they removed one kidney. She is 24 now and has decided to start running marathons. Is that OK with only one kidney? And can the Wilms tumor come back after all these years?',
    focus: 'Wilms tumor',
    types: ['lifestyle', 'prognosis'],
  },
  // why: "can the repair lead to rhythm problems later" asks complications; "do I need a special adult congenital heart doctor" asks specialist; "will I need another operation" asks treatment
  {
    message:
      "Hi, I'm 29 and had my tetralogy of Fallot repaired as a baby. Nobody ever told me I needed follow up and I haven't seen a cardiologist in about 10 years. Lately I get palpitations when I climb stairs. Can the repair lead to heart rhythm problems later on? Do I need to see a special adult congenital heart doctor, and will I need another operation at some point?",
    focus: 'tetralogy of Fallot',
    types: ['complications', 'find_specialist', 'treatment'],
  },
  // why: "is grapefruit juice really that bad with it" asks a food interaction with tacrolimus
  {
    message:
      'Kidney transplant 12 years ago, on tacrolimus ever since. Is grapefruit juice really that bad with it? I miss it!',
    focus: 'tacrolimus',
    types: ['interactions'],
  },
  // why: "is it safe to get pregnant while taking CellCept" asks a pregnancy precaution; "does she need to stop it beforehand and how long" asks about stopping the medicine
  {
    subject: 'baby after heart transplant',
    message:
      "My wife had a heart transplant at 14 because of a weak heart muscle. She's 30 now and we would love to have a baby. Is it safe for her to get pregnant while she is taking CellCept? Does she have to stop it before we try, and if so how long before?",
    focus: 'CellCept',
    types: ['contraindications', 'drug_usage'],
  },
  // why: "could the chemo i had as a kid be the reason" asks whether a named exposure caused the infertility
  {
    message:
      'had acute lymphoblastic leukemia at 7, now 27 and me and my husband have been dealing with infertility for two years. could the chemo i had as a kid be the reason??',
    focus: 'infertility',
    types: ['association'],
  },
  // why: "this drug can damage the heart years later, is that true" asks a side effect of doxorubicin; "what tests should he have to check his heart" asks tests
  {
    message:
      'My son had neuroblastoma as a toddler and was given doxorubicin. He is 19 now and healthy as far as we know. I read that doxorubicin can damage the heart years later. Is that true? What tests should he be having to check his heart?',
    focus: 'doxorubicin',
    types: ['side_effects', 'diagnosis'],
  },
  // why: "what is that exactly" asks information; "is there a test for it" asks diagnosis; "will I end up in a wheelchair" asks the outlook
  {
    subject: 'polio as a child',
    message:
      "I'm 71. I had polio in 1954 and recovered well enough to walk with only a slight limp. For the last couple of years my good leg has been getting weak and I'm exhausted all the time. My neighbour says it sounds like post-polio syndrome. What is that exactly, is there a test for it, and will I end up in a wheelchair?",
    focus: 'post-polio syndrome',
    types: ['information', 'diagnosis', 'prognosis'],
  },
  // why: "if I miss a dose can I just take two the next day" asks about a missed dose
  {
    message:
      "I had radiation to my neck for Hodgkin's as a teenager and now my thyroid is underactive. I take levothyroxine every morning but I keep forgetting it. If I miss a dose, can I just take two the next day?",
    focus: 'levothyroxine',
    types: ['drug_usage'],
  },
  // why: "what are the chances our baby has it" asks inheritance; "should the baby be checked after birth" asks screening
  {
    message:
      "I had retinoblastoma in both eyes as a baby and lost my left eye. I'm 27 now and my partner and I are expecting our first. What are the chances our baby has it too? Should the baby be checked after birth, and how?",
    focus: 'retinoblastoma',
    types: ['inheritance', 'diagnosis'],
  },
  // why: "is there anything that actually helps" asks treatment of the pain
  {
    message:
      'I lost my right leg to osteosarcoma at 15. Twenty years on I still get phantom limb pain some nights, bad enough to wake me. Is there anything that actually helps?',
    focus: 'phantom limb pain',
    types: ['treatment'],
  },
  // why: "will the numbness ever go away" asks the outlook; "is there anything I can take for it" asks treatment
  {
    subject: 'numb feet since chemo',
    message:
      "My feet have been numb and tingly since my leukemia treatment ten years ago. My GP says it's peripheral neuropathy from the vincristine. Will the numbness ever go away? Is there anything I can take for it?",
    focus: 'peripheral neuropathy',
    types: ['prognosis', 'treatment'],
  },
  // why: "is this going to be lifelong" asks the outlook; "what treatments are there besides steroids" asks treatment; "are there any trials" asks research
  {
    message:
      'My brother had a bone marrow transplant for acute myeloid leukemia 4 years ago. He still has dry eyes, a dry mouth and tight skin, and his team calls it chronic graft versus host disease. Is this going to be lifelong for him? What treatments are there besides steroids? Are there any trials he could join?',
    focus: 'chronic graft versus host disease',
    types: ['prognosis', 'treatment', 'research'],
  },
  // why: "could the prednisone be causing this" asks whether a problem comes from the medicine
  {
    message:
      'Asking for my friend, she is 33 and had a liver transplant when she was 9, and she has been on prednisone ever since. Recently both her hips hurt so much she can hardly walk. Could the prednisone be causing this?',
    focus: 'prednisone',
    types: ['side_effects'],
  },
  // why: "can it cause heart problems in adulthood" asks complications; "should I get my heart checked" asks testing
  {
    subject: 'Kawasaki disease as a kid - still a worry?',
    message:
      "I had Kawasaki disease when I was 4 and spent two weeks in hospital. I'm 35 now and have never had any follow-up. Can it cause heart problems in adulthood? Should I get my heart checked?",
    focus: 'Kawasaki disease',
    types: ['complications', 'diagnosis'],
  },
  // why: "what is the life expectancy" asks the outlook; "can he go to the gym" asks exercise; "is anything new being studied" asks research
  {
    message:
      'Our son was born with hypoplastic left heart syndrome and had three operations before he was four. He is 22 now and doing well, working full time. What is the life expectancy for adults like him? Is it OK for him to go to the gym and lift weights? And is anything new being studied for people with his heart?',
    focus: 'hypoplastic left heart syndrome',
    types: ['prognosis', 'lifestyle', 'research'],
  },
  // why: "how much can I drink on warfarin" asks an alcohol interaction; "if I can't keep my dose down what do I do" asks about a missed dose
  {
    message:
      "Mechanical aortic valve since age 12 (born with a bad valve), so I'm on warfarin for life. I have a wedding next month. How much can I safely drink on warfarin? And if I'm sick the next morning and throw up my dose, what should I do?",
    focus: 'warfarin',
    types: ['interactions', 'drug_usage'],
  },
  // why: "am I at higher risk because of the radiation" asks an exposure raising risk; "when should I start mammograms or MRI" asks screening; "can anything lower my risk" asks prevention
  {
    subject: 'breast cancer risk after chest radiation',
    message:
      "I'm 31 and had mantle field radiation for Hodgkin lymphoma when I was 17. At my last survivorship visit the nurse mentioned breast cancer and I haven't stopped thinking about it. Am I really at higher risk of breast cancer because of the radiation? When should I start having mammograms or MRI scans? Is there anything I can do to lower my risk?",
    focus: 'breast cancer',
    types: ['susceptibility', 'diagnosis', 'prevention'],
  },
  // why: "does it need to be kept cool" asks storage of the medicine
  {
    message:
      "I'm going somewhere very hot for three weeks. I take Neoral twice a day for my kidney transplant. Does it need to be kept cool while I'm travelling?",
    focus: 'Neoral',
    types: ['storage_disposal'],
  },
  // why: "is this a late effect of the treatment" asks a problem the tumor treatment leads to; "can he get support or adjustments at college" asks school life
  {
    message:
      'My grandson had medulloblastoma when he was 6 and had radiation to his whole brain and spine. He is 20 now, a lovely boy, but his memory is poor and he is really struggling at college. Is this a late effect of his medulloblastoma treatment? Can he get any support or adjustments at college because of it?',
    focus: 'medulloblastoma',
    types: ['complications', 'lifestyle'],
  },
  // why: "do adults with growth hormone deficiency actually need to be treated" asks treatment
  {
    message:
      "I'm 26, had a brain tumour at 10 that was treated with surgery and radiation. My endocrinologist now says I have adult growth hormone deficiency and suggests injections. Do adults with growth hormone deficiency actually need to be treated?",
    focus: 'growth hormone deficiency',
    types: ['treatment'],
  },
  // why: "could he still pass sickle cell disease to his kids" asks inheritance; "will he ever get a crisis again" asks the outlook
  {
    subject: 'cured after transplant?',
    message:
      'My son had a bone marrow transplant for sickle cell disease at 11 and the doctors say he is cured. He is 23 now and engaged. Could he still pass sickle cell disease on to his children? And is there any chance he will ever have a crisis again?',
    focus: 'sickle cell disease',
    types: ['inheritance', 'prognosis'],
  },
  // why: "will I need a liver transplant" asks the outlook; "what signs should I watch for" asks signs; "can I drink alcohol at all" asks daily life
  {
    message:
      "I had biliary atresia as a baby and the Kasai operation worked, so I still have my own liver. I'm 25 now. Will I eventually need a liver transplant? What signs should I watch out for that my liver is getting worse? And can I drink alcohol at all?",
    focus: 'biliary atresia',
    types: ['prognosis', 'symptoms', 'lifestyle'],
  },
  // why: "what is it" asks information; "why did it happen" asks cause; "how is it treated" asks treatment
  {
    message:
      'My partner had a kidney transplant as a teenager and yesterday he was told he has something called post-transplant lymphoproliferative disease (PTLD). We are both in shock. What is it, why did it happen to him, and how is it treated?',
    focus: 'post-transplant lymphoproliferative disease',
    types: ['information', 'cause', 'treatment'],
  },
  // why: "how much extra should I take when I have the flu" asks dosing of hydrocortisone
  {
    subject: 'sick day dosing',
    message:
      "I've had adrenal insufficiency since my craniopharyngioma surgery at 12 and I take hydrocortisone tablets three times a day. When I get the flu, how much extra should I be taking?",
    focus: 'hydrocortisone',
    types: ['drug_usage'],
  },
  // why: "can I take ibuprofen with it" asks a medicine interaction; "is it ok to keep taking it while breastfeeding" asks a breastfeeding precaution
  {
    message:
      "after my brain surgery as a kid I got diabetes insipidus and I take desmopressin tablets. I'm 30 now and just had a baby. Can I take ibuprofen with the desmopressin for my stitches? also is it ok to keep taking it while I'm breastfeeding?",
    focus: 'desmopressin',
    types: ['interactions', 'contraindications'],
  },
  // why: "is Ewing sarcoma something that runs in families" asks inheritance
  {
    message:
      "I had Ewing sarcoma in my pelvis at 14. Now my sister's son has just been diagnosed with it at 13. Is Ewing sarcoma something that runs in families?",
    focus: 'Ewing sarcoma',
    types: ['inheritance'],
  },
  // why: "do I need hormone replacement" asks treatment; "what happens to my bones if I don't take it" asks what happens untreated
  {
    subject: 'menopause at 29??',
    message:
      "Had chemo and a stem cell transplant for leukaemia at 16. At 29 my periods stopped and the doctor says it is premature ovarian failure. Do I need hormone replacement? What happens to my bones if I don't take it?",
    focus: 'premature ovarian failure',
    types: ['treatment', 'complications'],
  },
  // why: "can bleomycin scar the lungs years later" asks a side effect; "anything I should tell an anesthetist" asks a precaution; "what does it actually do against the cancer" asks how it works
  {
    message:
      "I had Hodgkin's at 19 and one of my chemo drugs was bleomycin. I'm 34 now. I've heard bleomycin can scar the lungs, is that true even years later? Is there anything I should tell an anesthetist if I ever need an operation? And out of curiosity, what does the drug actually do against the cancer?",
    focus: 'bleomycin',
    types: ['side_effects', 'contraindications', 'indication'],
  },
  // why: "can the meningitis still be causing damage decades later" asks a late problem it leads to
  {
    message:
      'I had bacterial meningitis when I was 2 and it left me deaf in my right ear. Now at 40 the hearing in my left ear is going too. Can the bacterial meningitis still be causing damage decades later?',
    focus: 'bacterial meningitis',
    types: ['complications'],
  },
  // why: "can it come back" asks the outlook; "can it turn into leukaemia" asks whether it turns into another condition
  {
    message:
      "I was treated for aplastic anaemia with ATG and ciclosporin when I was 15 and have been in remission since. I'm 32 now and starting to worry. Can it come back after so long? And is it true it can turn into leukaemia?",
    focus: 'aplastic anaemia',
    types: ['prognosis', 'complications'],
  },
  // why: "is that the sirolimus" asks whether a problem comes from the medicine
  {
    subject: 'mouth sores',
    message:
      'I was switched from tacrolimus to sirolimus two years after my kidney transplant and since then I have mouth ulcers constantly. Is that the sirolimus?',
    focus: 'sirolimus',
    types: ['side_effects'],
  },
  // why: "was the valve narrowing caused by the rheumatic fever" asks a problem it leads to; "should the grandchildren worry about catching it" asks contagion/risk
  {
    message:
      'Grandma here, 78 years old. I had rheumatic fever when I was 9 and it left me with a heart murmur. Now my doctor says my mitral valve is narrowing. Was that caused by the rheumatic fever all those years ago? My grandchildren get sore throats all the time, should they be worried about catching rheumatic fever?',
    focus: 'rheumatic fever',
    types: ['complications', 'susceptibility'],
  },
  // why: "what cancers is she at risk for" asks problems it leads to; "how often does she need checks" asks screening; "is there a support group" asks patient organizations
  {
    message:
      'Our daughter has Fanconi anemia and had a bone marrow transplant at 8. She is 19 now and the doctors keep talking about cancer screening. What kinds of cancer can Fanconi anemia lead to after a transplant? How often does she need to be checked? And is there a support group for families like ours?',
    focus: 'Fanconi anemia',
    types: ['complications', 'diagnosis', 'find_specialist'],
  },
  // why: "can I stop taking it when my blood pressure is normal" asks about stopping the medicine
  {
    subject: 'stopping my blood pressure pill',
    message:
      'I had coarctation of the aorta repaired at 5 and at 41 I have high blood pressure, so I take metoprolol. My readings have been normal for months. Can I just stop taking the metoprolol now?',
    focus: 'metoprolol',
    types: ['drug_usage'],
  },
  // why: "could baby have the same heart defect" asks inheritance; "will the baby need a heart scan before birth" asks testing
  {
    message:
      'born with transposition of the great arteries, had the arterial switch in 1990. now 34 and pregnant with my first!! could baby have the same heart defect? will they do a special heart scan before birth to check?',
    focus: 'transposition of the great arteries',
    types: ['inheritance', 'diagnosis'],
  },
  // why: "what does this mean" asks what the condition is
  {
    message:
      'My cardiologist\'s letter says "cardiomyopathy due to anthracyclines". I had chemo for leukaemia when I was 8 and I\'m 37 now. What does this mean?',
    focus: 'cardiomyopathy due to anthracyclines',
    types: ['information'],
  },
  // why: "could the radiation from back then have caused it" asks a named exposure as cause; "how is thyroid cancer treated" asks treatment
  {
    subject: 'thyroid lump',
    message:
      "I had neck radiation for Hodgkin's at 15. Last week the biopsy of a lump in my neck came back as thyroid cancer. Could the radiation from back then have caused it? And how is thyroid cancer treated these days?",
    focus: 'thyroid cancer',
    types: ['association', 'treatment'],
  },
  // why: "is being very thirsty a sign of it" asks whether a sign belongs to it; "can it come back in adults" asks the outlook; "are there doctors who specialize in it" asks specialist
  {
    message:
      'My husband had Langerhans cell histiocytosis as a child (a lesion in his skull) and was treated with chemo. He is 36 now and for a few weeks he has been very thirsty all the time and up at night to pee. Is being very thirsty a sign of Langerhans cell histiocytosis? Can it come back in adults? Are there doctors who specialize in it?',
    focus: 'Langerhans cell histiocytosis',
    types: ['symptoms', 'prognosis', 'find_specialist'],
  },
  // why: "does it contain lactose" asks what the medicine contains
  {
    subject: 'lactose question',
    message:
      "Quick question. I've been on mycophenolate since my heart transplant 15 years ago and I just found out I'm lactose intolerant. Does mycophenolate contain lactose?",
    focus: 'mycophenolate',
    types: ['ingredients'],
  },
];
