/**
 * "dialects" set. Messages in the English of many places (British, Irish, Scottish, Australian, Indian,
 * Nigerian, South African, Caribbean, American Southern), with their own words and spellings, about rare
 * conditions and medicines. Written by someone who had read neither the understanding or retrieval code nor
 * any earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus
 * is a name the knowledge base holds. Scored once, before any change made for it (focus 0.925, type F1
 * 0.814). Scored by dialects.test.ts and by `npx tsx test/understand/support/score-messages.ts --dialects
 * --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const DIALECTS_MESSAGES: ConsumerMessage[] = [
  // why: only asks whether he will still walk later -> prognosis
  {
    message:
      "My wee grandson Callum has just been diagnosed wi Duchenne muscular dystrophy, he's 4. His mammy is in bits. Will he still be walking by the time he's at the big school? I cannae bring maself to ask the consultant.",
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis'],
  },
  // why: should the kids be tested (diagnosis), chance they have it (inheritance), drinking pints (lifestyle)
  {
    message:
      "Hi there, my husband was told by the GP last week that he has haemochromatosis, the Celtic curse as they call it here. We've three kids, 9, 12 and 15. Should they be tested, and what are the chances they have it too? Also does he have to give up the pints altogether or is the odd one grand? Thanks a million, Siobhan",
    focus: 'hereditary hemochromatosis',
    types: ['diagnosis', 'inheritance', 'lifestyle'],
  },
  // why: stopping the crises is prevention; whether she will pass 21 years is prognosis
  {
    message:
      'Good day sir/ma. Please my daughter is SS, she is 8 years. Every harmattan she will be having crisis and we will rush her to the hospital. What can we do to prevent the crisis? Also somebody in my church said SS children do not pass 21 years, is it true? Kindly revert, God bless you.',
    focus: 'sickle cell disease',
    types: ['prevention', 'prognosis'],
  },
  // why: missed dose is drug_usage; black nails from the medicine is side_effects; focus is the medicine
  {
    message:
      'Respected Sir/Madam, My son aged 9 years is taking hydroxyurea 500 mg capsule daily for sickle cell anaemia as advised by haematologist. Yesterday we forgot to give the dose. Should we give double dose today? Also his nails have become blackish since starting, is it due to this medicine? Kindly do the needful.',
    focus: 'hydroxyurea',
    types: ['drug_usage', 'side_effects'],
  },
  // why: only asks what the testing involves -> diagnosis
  {
    message:
      "g'day. my partner's 6'5, all arms and legs with really long skinny fingers and he's had a couple of dodgy eye things. the GP reckons he should get checked for Marfan syndrome. what's actually involved in testing for it? cheers",
    focus: 'Marfan syndrome',
    types: ['diagnosis'],
  },
  // why: should I get tested (diagnosis); which gene / same mutation (genetic_changes); 'common in Afrikaners' is story
  {
    message:
      "Hi, my ouma and my dad both have variegate porphyria, apparently it's quite common in Afrikaner families. I'm 24 and never been tested. Must I go for a test even if I've never had symptoms? And which gene is it, is it the same mutation in all of us?",
    focus: 'variegate porphyria',
    types: ['diagnosis', 'genetic_changes'],
  },
  // why: what the tablet does for lupus / isn't it a malaria tablet = what the medicine is for -> indication
  {
    message:
      'Good evening. Mi sister have lupus an di doctor at UHWI give her hydroxychloroquine. Ah wah dat tablet do fi lupus? Is not malaria tablet dat? She fraid fi tek it.',
    focus: 'hydroxychloroquine',
    types: ['indication'],
  },
  // why: gonna get worse -> prognosis; anything besides Mestinon -> treatment of the condition
  {
    message:
      "Hey y'all, my mama was just diagnosed with myasthenia gravis at 68. Her eyelids droop somethin awful by suppertime and she can't hardly chew her food. Is this gonna get worse on her? And is there anything besides them Mestinon pills the doctors can do for her? Bless your hearts for any help.",
    focus: 'myasthenia gravis',
    types: ['prognosis', 'treatment'],
  },
  // why: classroom adjustments is school life -> lifestyle; charity or support group -> find_specialist
  {
    message:
      "Hello, I'm a Year 4 teacher and one of the children in my class has recently been diagnosed with Tourette syndrome. Are there any adjustments we ought to be making for him in the classroom or during tests? And is there a charity or support group his mum could get in touch with? Many thanks, Mrs Patel",
    focus: 'Tourette syndrome',
    types: ['lifestyle', 'find_specialist'],
  },
  // why: just asks what it is -> information
  {
    message: 'whats fabry disease? my cousin in Cork was just told he has it',
    focus: 'Fabry disease',
    types: ['information'],
  },
  // why: diet (chocolate, nuts) and football are both daily life -> lifestyle once
  {
    message:
      "My wee boy's 14 and he's just been told he's got Wilson's disease after his liver bloods came back funny. The consultant said something about a low copper diet, does that mean nae chocolate or nuts? Can he still play his fitba?",
    focus: 'Wilson disease',
    types: ['lifestyle'],
  },
  // why: what brings on the crisis (beans as trigger) -> cause; will he outgrow it -> prognosis
  {
    message:
      'Pls is it true that beans can trigger the problem for person with G6PD deficiency? My son was tested in Lagos and they said he is deficient, he is 3. What are the things that can bring the crisis? Also will he outgrow it as he is growing?',
    focus: 'glucose-6-phosphate dehydrogenase deficiency',
    types: ['cause', 'prognosis'],
  },
  // why: chance next baby has it -> inheritance; test during pregnancy -> diagnosis
  {
    message:
      "Dear team, my wife and me both are thalassemia minor, came to know only after our first baby. First baby is normal by God's grace. We are planning for second baby. What is the chance that second baby will be thalassemia major? Is there any test during pregnancy to know this? Kindly revert at the earliest.",
    focus: 'beta thalassemia',
    types: ['inheritance', 'diagnosis'],
  },
  // why: timing and whether to dissolve or swallow are both how to take it -> drug_usage
  {
    message:
      'my daughter (11) takes deferasirox dispersible tablets for iron overload from transfusions. should it be given before breakfast or at night? and does the tablet have to be dissolved in water or can she just swallow it whole',
    focus: 'deferasirox',
    types: ['drug_usage'],
  },
  // why: safe in pregnancy -> contraindications; mixing with grog -> interactions; focus the medicine
  {
    message:
      "Hey, 29F, been on colchicine for FMF since I was a kid. Me and my husband want to start trying for a baby - is it safe to stay on it while I'm pregnant? And can I have a few drinks at my sister's hens night next month or does it not mix with grog?",
    focus: 'colchicine',
    types: ['contraindications', 'interactions'],
  },
  // why: is it catching / could the grandchildren get it -> susceptibility
  {
    message:
      'Morning. Doc in San Fernando tell me I have sarcoidosis in mih lungs. Is it catching? I does mind mih two grandchildren every day after school and I doh want to give them nothing.',
    focus: 'sarcoidosis',
    types: ['susceptibility'],
  },
  // why: odds I got it from daddy -> inheritance; first signs -> symptoms; blood test -> diagnosis
  {
    message:
      "My daddy passed with Huntington's disease last spring, he was only 58. I'm 32 now with two young'uns of my own. What are the odds I got it? What're the first signs I oughta be watchin for? And is there a blood test that'd tell me for sure, or is it better not knowin? I reckon I'm just scared.",
    focus: 'Huntington disease',
    types: ['inheritance', 'symptoms', 'diagnosis'],
  },
  // why: pregnancy/birth problems -> complications; baby have it -> inheritance; obstetrician who knows EDS -> find_specialist
  {
    subject: 'hEDS and pregnancy',
    message:
      "Hi, I have hypermobile Ehlers-Danlos syndrome and my husband and I are thinking about starting a family. Am I more likely to have problems during the pregnancy or the birth? Would the baby have it as well? And is there anywhere I can find an obstetrician who actually knows about EDS? My GP hadn't heard of it. Thanks, Hannah",
    focus: 'Ehlers-Danlos syndrome',
    types: ['complications', 'inheritance', 'find_specialist'],
  },
  // why: stopping it coming back -> prevention; heart damage -> complications
  {
    message:
      'Good day. My son is 11 and had rheumatic fever last year, we stay in Khayelitsha. The clinic sister says he must get a penicillin injection every month. Is the injection enough to stop him getting it again, or what else can we do? And can it damage his heart, just now or later on?',
    focus: 'rheumatic fever',
    types: ['prevention', 'complications'],
  },
  // why: is it curable -> treatment; malaria named as its cause -> association
  {
    message:
      'Good afternoon. My nephew of 7 years has a big swelling on his jaw, the doctors in UCH Ibadan said it is Burkitt lymphoma. Please is it curable? People in the village are saying it is the malaria that caused it, is it true? We are very worried.',
    focus: 'Burkitt lymphoma',
    types: ['treatment', 'association'],
  },
  // why: whether the medicine contains lactose -> ingredients; focus the medicine, not nephrotic syndrome
  {
    message:
      'Hello, my son is lactose intolerant and the paediatrician has given prednisolone tablets for his nephrotic syndrome. Does prednisolone contain lactose? Please advise.',
    focus: 'prednisolone',
    types: ['ingredients'],
  },
  // why: heart problems it can leave behind -> complications
  {
    message:
      'Our little lad (2) was in Crumlin with Kawasaki disease last month and got the IVIG. The doctors keep going on about his heart and he has to go back for scans. What kind of heart problems can Kawasaki leave behind?',
    focus: 'Kawasaki disease',
    types: ['complications'],
  },
  // why: how long people live with MND -> prognosis; MND is ALS in the knowledge base
  {
    message:
      "My husband was diagnosed wi motor neurone disease in the summer, he's 61. How long do folk usually live wi it? I need tae know what we're facing. Nobody will gie me a straight answer.",
    focus: 'amyotrophic lateral sclerosis',
    types: ['prognosis'],
  },
  // why: operation -> treatment; come good on its own -> prognosis; playing footy -> lifestyle
  {
    message:
      "hey, my 6yo son has just been diagnosed with Perthes disease in his left hip. is he gonna need an operation or will it come good on its own? he's footy mad too, can he keep playing Auskick this season?",
    focus: 'Perthes disease',
    types: ['treatment', 'prognosis', 'lifestyle'],
  },
  // why: whether two conditions are the same -> information; scleroderma is the mother's diagnosis
  {
    message:
      'Is scleroderma the same thing as lupus? The doctor at QEH tell my mother she have scleroderma and everybody in the family saying is lupus.',
    focus: 'scleroderma',
    types: ['information'],
  },
  // why: doubling dose when sick and not keeping tablets down are both how to take it -> drug_usage
  {
    subject: 'hydrocortisone sick day rules',
    message:
      "Hi, my daughter is 7 and has congenital adrenal hyperplasia. She takes hydrocortisone tablets three times a day. She's come down with a tummy bug and has been sick twice this morning. Do I double her dose while she's poorly, and what do I do if she can't keep the tablets down?",
    focus: 'hydrocortisone',
    types: ['drug_usage'],
  },
  // why: mosquito named as its cause -> association; leg going down with treatment -> treatment; catching it -> susceptibility
  {
    message:
      "Please sir, my mother's leg have been swelling like elephant leg for many years, we are from Ebonyi state. The doctor said it is lymphatic filariasis. Is it mosquito that is causing it? Can the leg go down if she takes treatment? And can the rest of us in the house catch it from her?",
    focus: 'lymphatic filariasis',
    types: ['association', 'treatment', 'susceptibility'],
  },
  // why: can dark parents pass it on -> inheritance; normal school -> lifestyle
  {
    message:
      'Hi, my baby girl was born with albinism at Bara two weeks ago. Me and my husband are both dark and nobody in our families has it that we know of. Can two dark parents have a child with albinism, is it passed from us? Will she be able to go to a normal school one day?',
    focus: 'albinism',
    types: ['inheritance', 'lifestyle'],
  },
  // why: fridge / heat in the car -> storage_disposal; Mestinon is pyridostigmine
  {
    message:
      "Do Mestinon tablets need to be kept in the fridge? We're drivin down to Gulf Shores for two weeks in July and it gets hotter'n blazes in the car.",
    focus: 'pyridostigmine',
    types: ['storage_disposal'],
  },
  // why: 'any info' -> information; condition named in subject and message
  {
    subject: "Behcet's",
    message: "Any info on Behcet's please? Just been diagnosed and the rheumatologist didn't explain much.",
    focus: 'Behcet disease',
    types: ['information'],
  },
  // why: asks only for a clinical trial; cost is story, 'please help' is a plea -> research
  {
    message:
      'Sir, my 8 month baby girl is diagnosed with SMA type 1 in AIIMS. Doctors say the gene therapy injection costs crores, we are middle class family. Is there any clinical trial going on in India where she can get it? Please help us sir.',
    focus: 'spinal muscular atrophy',
    types: ['research'],
  },
  // why: what sets attacks off -> cause; stopping one before the dentist -> prevention
  {
    message:
      "my missus has hereditary angioedema, her face and throat blow up out of nowhere. what actually sets the attacks off? and is there anything she can take before her dentist appointment so she doesn't get one?",
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention'],
  },
  // why: how common -> frequency
  {
    message:
      'How common is Hirschsprung disease? Me son get diagnose when he born and nobody in Georgetown ever hear bout it before.',
    focus: 'Hirschsprung disease',
    types: ['frequency'],
  },
  // why: what causes it -> cause; going to the gym -> lifestyle
  {
    subject: 'ITP - gym?',
    message:
      "Hiya, I'm 34 and was told last week my platelets are 12 and it's ITP. What actually causes it? Nobody at the haematology clinic could tell me. And am I alright to keep going to the gym or should I knock it on the head for now?",
    focus: 'immune thrombocytopenia',
    types: ['cause', 'lifestyle'],
  },
  // why: taken together with cholestyramine -> interactions; how it works / use -> indication; focus the medicine
  {
    message:
      'Hello doctor, my mother 62 yrs is having PBC and taking ursodiol 300 mg twice daily. She is also taking cholestyramine powder for the itching. Can both be taken together? Also how ursodiol works in liver, what is the use of it exactly?',
    focus: 'ursodiol',
    types: ['interactions', 'indication'],
  },
  // why: chance the baby has it -> inheritance; when signs show -> symptoms; turn into cancer -> complications
  {
    subject: 'NF1 and our baby',
    message:
      "My partner has NF1 and we've just had our first wean, a wee lassie. Whit's the chances she's got it tae? When would the signs start showing if she has? And is it true NF1 can turn intae cancer? Sorry for aw the questions.",
    focus: 'neurofibromatosis type 1',
    types: ['inheritance', 'symptoms', 'complications'],
  },
  // why: with warfarin -> interactions; dizziness from the tablets -> side_effects; whole dose at night -> drug_usage
  {
    message:
      "Hi there. My gran (78) was put on carbamazepine for trigeminal neuralgia by her doctor in Durban. She's also on warfarin for her heart. Is it safe together with the warfarin? She's been very dizzy and wobbly since starting, is it the tablets? And can she take the whole day's dose at night? Shame, she's struggling.",
    focus: 'carbamazepine',
    types: ['interactions', 'side_effects', 'drug_usage'],
  },
  // why: sister tested -> diagnosis; life expectancy -> prognosis; treatments being trialled -> research; State allowance -> other
  {
    message:
      "We found out from the heel prick that our son has cystic fibrosis, and that myself and my husband are both carriers. My sister is expecting, should she get tested? What's the life expectancy these days, honestly? Are there any new treatments being trialled? And is there any allowance we can claim for him from the State? Sorry, my head is all over the place.",
    focus: 'cystic fibrosis',
    types: ['diagnosis', 'prognosis', 'research', 'other'],
  },
  // why: link between Raynaud's and lupus -> association; keeping spells from coming on -> prevention; two conditions
  {
    message:
      "Howdy. My 16 year old's fingers turn white then blue ever time it gets cold, the doctor said it's Raynaud's. Her aunt's got lupus. Is there a link between Raynaud's and lupus? And is there anything she can do to keep the spells from comin on in the winter?",
    focus: 'Raynaud phenomenon',
    types: ['association', 'prevention'],
  },
  // why: how they test for it -> diagnosis; cured with hospital drugs -> treatment
  {
    message:
      "Good day please. My brother's son has a big sore on his arm that is not healing for three months now, the herbalist has been treating it with leaves. A nurse said it might be Buruli ulcer. Please how do they test for it and can it be cured with hospital drugs? We are in Ashanti region.",
    focus: 'Buruli ulcer',
    types: ['diagnosis', 'treatment'],
  },
];
