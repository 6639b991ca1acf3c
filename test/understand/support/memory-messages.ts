/**
 * "memory" set. Messages about memory and the ageing brain (Alzheimer, Lewy body, frontotemporal and vascular
 * dementia, mild cognitive impairment, rare dementias, donepezil, memantine), often written by adult children
 * worried about a parent. Written by someone who had read neither the understanding or retrieval code nor any
 * earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus is a
 * name the knowledge base holds. Scored once, before any change made for it (focus 1.000, type F1 0.897). Scored
 * by memory.test.ts and by `npx tsx test/understand/support/score-messages.ts --memory --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const MEMORY_MESSAGES: ConsumerMessage[] = [
  // why: "can she just switch to taking it in the morning" asks when to take the medicine (drug_usage); the dreams are story
  {
    subject: 'Aricept morning or night',
    message:
      'My mum has been on Aricept for about three months and takes it at bedtime. The pharmacist said she could take it in the morning instead. Can she just switch to taking it in the morning from tomorrow?',
    focus: 'Aricept',
    types: ['drug_usage'],
  },
  // why: "is this part of the disease" asks whether seeing people belongs to Lewy body dementia (symptoms)
  {
    message:
      "Hello, my father (79) was diagnosed with Lewy body dementia last spring. He sees people in the room who aren't there, little children mostly, and he talks to them. It frightens my mother terribly. Is this part of the disease?",
    focus: 'Lewy body dementia',
    types: ['symptoms'],
  },
  // why: "is FTD passed down to kids" asks inheritance; "which gene causes it" asks genetic_changes; "should my mum get tested" asks whether a relative should be tested (diagnosis)
  {
    message:
      'My grandad was diagnosed with frontotemporal dementia at 58 and he died last year. My mum is his only daughter. Is FTD passed down to kids? Do they know which gene causes it? Should my mum get tested, she is 41 and terrified.',
    focus: 'frontotemporal dementia',
    types: ['inheritance', 'genetic_changes', 'diagnosis'],
  },
  // why: "is that alright with the memantine" about her sherry asks about the medicine with alcohol (interactions)
  {
    message:
      "Mum is on memantine 10 mg twice a day. She has always loved her little glass of sherry before dinner and it's one of the few things she still enjoys. Is that alright with the memantine?",
    focus: 'memantine',
    types: ['interactions'],
  },
  // why: "will it turn into Alzheimer's" asks whether it becomes another condition (complications); "are there any medicines for it" asks treatment
  {
    message:
      "I'm 67 and after a memory test at my GP surgery I was told I have mild cognitive impairment. Does that mean it will turn into Alzheimer's sooner or later? Are there any medicines for it?",
    focus: 'mild cognitive impairment',
    types: ['complications', 'treatment'],
  },
  // why: "could the donepezil be doing this" asks whether the slow pulse and fainting come from the medicine (side_effects)
  {
    subject: 'slow heartbeat',
    message:
      'Dad started donepezil six weeks ago. Yesterday he fainted in the garden and the paramedics said his pulse was 48. He has never had heart trouble. Could the donepezil be doing this?',
    focus: 'donepezil',
    types: ['side_effects'],
  },
  // why: "is it from eating beef" names an exposure as its cause (association); "how long does she have" asks prognosis; "can we catch it from her" asks susceptibility
  {
    message:
      'my sister in law they are saying its Creutzfeld Jacob, she was fine at easter and now she cant walk or talk properly. is it from eating beef?? my brother keeps asking me how long does she have and i dont know what to tell him. also can we catch it from her we are visiting every day',
    focus: 'Creutzfeld Jacob',
    types: ['association', 'prognosis', 'susceptibility'],
  },
  // why: "am I at risk because of my blood pressure" asks whether an exposure raises the risk (susceptibility); "can vascular dementia be prevented" asks prevention
  {
    message:
      "My mother had several small strokes and now has vascular dementia. I'm 52 and I have high blood pressure just like she did. Am I at risk because of my blood pressure? Can vascular dementia be prevented?",
    focus: 'vascular dementia',
    types: ['susceptibility', 'prevention'],
  },
  // why: "what is it" asks for an overview of posterior cortical atrophy (information); the cup and pouring are story
  {
    subject: 'never heard of it',
    message:
      "The neurologist told my wife (61) that she has posterior cortical atrophy. We had never heard of it and we were too shocked to ask anything. She keeps missing the cup when she pours tea and can't find things right in front of her. What is it?",
    focus: 'posterior cortical atrophy',
    types: ['information'],
  },
  // why: "can he keep working" asks daily life (lifestyle); "will our kids get it" asks inheritance; "any trials for younger people" asks research
  {
    message:
      "My husband is 49 and has just been diagnosed with early-onset Alzheimer's disease. He is still working as an electrician and insists he is fine. Can he keep working? Will our kids (14 and 17) get it too? And are there any trials for younger people like him?",
    focus: "Alzheimer's disease",
    types: ['lifestyle', 'inheritance', 'research'],
  },
  // why: "how do we get rid of the used patches" asks disposal (storage_disposal); "can the new patch go on the same spot" asks how to use it (drug_usage)
  {
    subject: 'used patches',
    message:
      'Grandma is on the Exelon patches. How do we get rid of the used ones safely? We have a toddler crawling around the house. And is it OK to put the new patch on the same spot on her back every day?',
    focus: 'Exelon',
    types: ['storage_disposal', 'drug_usage'],
  },
  // why: "is it safe for someone with asthma" asks who should not take it (contraindications)
  {
    message:
      "My aunt has had asthma most of her life and now her doctor wants to start her on galantamine for her Alzheimer's. Is galantamine safe for someone with asthma?",
    focus: 'galantamine',
    types: ['contraindications'],
  },
  // why: "could it be" and "how do they test for it" ask diagnosis; "can it be fixed" asks treatment
  {
    subject: 'walking, wetting and forgetting',
    message:
      "Dad shuffles like his feet are glued to the floor, he has started wetting himself and his memory is going. Everyone assumed Alzheimer's but a friend who is a nurse said it sounds like normal pressure hydrocephalus. Could it be that? How do they test for it, and can it be fixed?",
    focus: 'normal pressure hydrocephalus',
    types: ['diagnosis', 'treatment'],
  },
  // why: "what is the chance she has the gene" asks inheritance; "at what age can she be tested" asks diagnosis; "what are the first signs" asks symptoms
  {
    message:
      "My ex-husband's father had Huntington's disease. My ex has refused to be tested. Our daughter is 19 and wants to know where she stands. What is the chance she has the gene? At what age can she be tested? And what are the first signs she should look out for?",
    focus: "Huntington's disease",
    types: ['inheritance', 'diagnosis', 'symptoms'],
  },
  // why: "what does memantine actually do" asks how the medicine works (indication)
  {
    message:
      'Mum has been on donepezil for two years and now the consultant wants to add memantine. Nobody really explained it. What does memantine actually do?',
    focus: 'memantine',
    types: ['indication'],
  },
  // why: "is speech therapy any use" asks treatment; "will she stop talking completely" asks prognosis; "is there a support group" asks find_specialist
  {
    message:
      'My mother is 64 and was a primary school teacher all her life. Now she is losing her words, and the diagnosis is primary progressive aphasia. Is speech therapy any use? Will she eventually stop talking completely? Is there a support group for families in the UK?',
    focus: 'primary progressive aphasia',
    types: ['treatment', 'prognosis', 'find_specialist'],
  },
  // why: "could the haloperidol have caused the stiffness" asks whether a problem comes from the medicine (side_effects); "shouldn't have it, is that true" asks who should not take it (contraindications)
  {
    message:
      'My gran has dementia with Lewy bodies. In hospital she was given haloperidol because she was agitated, and the next day she was rigid and could hardly swallow. Could the haloperidol have caused the stiffness? I read that people with Lewy bodies should never be given it. Is that true?',
    focus: 'haloperidol',
    types: ['side_effects', 'contraindications'],
  },
  // why: "how common is it in people under 65" asks frequency
  {
    subject: 'FTD',
    message: 'How common is frontotemporal dementia in people under 65?',
    focus: 'frontotemporal dementia',
    types: ['frequency'],
  },
  // why: "is there a special diet" and "should she be exercising" both ask daily life (lifestyle)
  {
    message:
      "Is there a special diet for Alzheimer's disease? I have read about coconut oil and the Mediterranean diet and I don't know what to believe. Should mum be exercising as well? She is 80 and still walks the dog.",
    focus: "Alzheimer's disease",
    types: ['lifestyle'],
  },
  // why: "are there any trials he could join" asks research
  {
    subject: 'new drugs on the news',
    message:
      "I saw on the news that there are new drugs for Alzheimer's disease that clear the amyloid from the brain. My dad is 72 and still in the mild stage. Are there any trials he could join?",
    focus: "Alzheimer's disease",
    types: ['research'],
  },
  // why: "can he just start again at the same dose" asks restarting after missed doses (drug_usage)
  {
    message:
      'Dad forgot his donepezil for four days while he was staying with my brother. He is normally on 10 mg. Can he just start again at the same dose or does he need to go back to 5 mg first?',
    focus: 'donepezil',
    types: ['drug_usage'],
  },
  // why: "what causes it exactly" asks cause; "can he get better if he stops drinking" asks prognosis; "do the thiamine injections help" asks treatment
  {
    message:
      "My brother drank heavily for twenty years. Now he can't remember anything from one day to the next and he makes up stories to fill the gaps. The doctors say it is Wernicke-Korsakoff syndrome. What causes it exactly? Can he get better if he stops drinking for good? Do the thiamine injections really help?",
    focus: 'Wernicke-Korsakoff syndrome',
    types: ['cause', 'prognosis', 'treatment'],
  },
  // why: "could my migraines be CADASIL" asks whether someone's signs could be it (diagnosis); "which gene is involved" asks genetic_changes
  {
    message:
      "My mother had CADASIL and died at 62 after many strokes. I'm 35 and I get migraines with aura, the zigzag lines and everything. Could my migraines be CADASIL? Which gene is involved?",
    focus: 'CADASIL',
    types: ['diagnosis', 'genetic_changes'],
  },
  // why: "is this normal in Alzheimer disease" asks whether the evening agitation belongs to it (symptoms); "what can we do to calm her" asks managing it (treatment)
  {
    subject: 'evenings are the worst',
    message:
      'Every afternoon around four my mum gets agitated and wants to "go home", even though she has lived in this house for fifty years. Is this normal in Alzheimer disease? What can we do to calm her in the evenings?',
    focus: 'Alzheimer disease',
    types: ['symptoms', 'treatment'],
  },
  // why: "is it just normal old age or could it be dementia" asks whether her signs could be it (diagnosis); "does it run in families" asks inheritance
  {
    message:
      'I am 81 years old and I keep losing my glasses and forgetting the names of people I have known for years. My daughter says I should be checked for dementia. Is forgetting names just normal old age or could it be dementia? My own mother had dementia in her eighties. Does it run in families?',
    focus: 'dementia',
    types: ['diagnosis', 'inheritance'],
  },
  // why: "is that from the Namenda" asks whether the dizziness comes from the medicine (side_effects); "should he go back to 10" asks dose (drug_usage)
  {
    subject: 'dizzy on Namenda',
    message:
      'Since his dose went up to 20 mg my dad is dizzy and has headaches most days. Is that from the Namenda? Should he go back to 10?',
    focus: 'Namenda',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "could this be frontotemporal dementia" asks diagnosis; "is there a medicine that helps with the behaviour" asks treatment
  {
    message:
      'My husband has always been the gentlest man. Now at 56 he is rude to strangers, eats sweets all day and has spent our savings on things online. His memory seems fine. Could this be frontotemporal dementia? I thought dementia was about memory. Is there a medicine that helps with the behaviour?',
    focus: 'frontotemporal dementia',
    types: ['diagnosis', 'treatment'],
  },
  // why: "is Pick disease the same thing as frontotemporal dementia" asks whether two conditions are the same (information)
  {
    message:
      "Is Pick disease the same thing as frontotemporal dementia? The old letters from my grandmother's doctor say Pick disease.",
    focus: 'Pick disease',
    types: ['information'],
  },
  // why: "is his risk really higher" asks whether Down syndrome raises the risk (susceptibility); "what signs should I watch for" asks symptoms; "is there a clinic" asks find_specialist
  {
    message:
      "My son is 38 and has Down syndrome. I have read that people with Down syndrome get Alzheimer's disease early. Is his risk really higher? What signs should I watch for? Is there a clinic that sees adults with Down syndrome and memory problems?",
    focus: "Alzheimer's disease",
    types: ['susceptibility', 'symptoms', 'find_specialist'],
  },
  // why: "does it have lactose in it" asks what the medicine contains (ingredients); "can he take ibuprofen with it" asks interactions
  {
    message:
      'hi my dad is starting donepizil next week, he is lactose intolerant does it have lactose in it? and can he take ibuprofen with it for his bad knee',
    focus: 'donepizil',
    types: ['ingredients', 'interactions'],
  },
  // why: "what is it" asks information; "how rare is it" asks frequency; "is there any research on a treatment" asks research
  {
    subject: 'fatal familial insomnia',
    message:
      'My cousin died last month of fatal familial insomnia. He stopped sleeping altogether at the end. What is it? How rare is it? Is there any research going on into a treatment?',
    focus: 'fatal familial insomnia',
    types: ['information', 'frequency', 'research'],
  },
  // why: "how long do people usually live with it" asks life expectancy (prognosis)
  {
    subject: 'how long',
    message:
      'Dad has vascular dementia after a big stroke last year. The nurses at the home are vague whenever I ask. How long do people usually live with it?',
    focus: 'vascular dementia',
    types: ['prognosis'],
  },
  // why: "is it safe for her" after reading the leaflet says not for dementia patients asks a precaution (contraindications)
  {
    message:
      'hello i dont know if this is the right place. my mum is 88 and on the aricept and the memantine and now the doctor says they are going to give her quetiapine because she is shouting at night and wandering. but the leaflet says something about not for elderly people with dementia?? is it safe for her',
    focus: 'quetiapine',
    types: ['contraindications'],
  },
  // why: "what is the difference between" asks what each is (information); "how do the doctors tell which one" asks telling them apart (diagnosis)
  {
    message:
      "What is the difference between Lewy body dementia and Parkinson's disease? My dad has a tremor in his hand but he is also seeing things and getting muddled. How do the doctors tell which one he has?",
    focus: 'Lewy body dementia',
    types: ['information', 'diagnosis'],
  },
  // why: "is this delirium or dementia" asks telling them apart (diagnosis); "will she go back to how she was" asks prognosis
  {
    message:
      'Grandma got a urine infection and overnight she was completely confused, talking to her sister who died years ago. Is this delirium or dementia? Will she go back to how she was before?',
    focus: 'delirium',
    types: ['diagnosis', 'prognosis'],
  },
  // why: "is it hereditary" asks inheritance; "are there specialist clinics" asks find_specialist; "would a wheelchair be better at home" asks daily life (lifestyle)
  {
    subject: 'PSP',
    message:
      "My father-in-law has progressive supranuclear palsy. He keeps falling backwards and he can't look down at his plate. Is it hereditary? Are there any specialist clinics for it? Would a wheelchair be better for him at home, or should he keep walking as long as he can?",
    focus: 'progressive supranuclear palsy',
    types: ['inheritance', 'find_specialist', 'lifestyle'],
  },
  // why: "is rivastigmine only for Alzheimer's or is it used for Parkinson's dementia" asks what the medicine is for (indication)
  {
    message:
      "Is rivastigmine only for Alzheimer's, or is it used for Parkinson's dementia too? My husband has Parkinson's and the neurologist has just prescribed it.",
    focus: 'rivastigmine',
    types: ['indication'],
  },
  // why: "is there a link between hearing loss and dementia" asks association; "would hearing aids lower the risk" asks prevention
  {
    message:
      'My dad refuses to wear his hearing aids. My sister says she read that hearing loss causes dementia. Is there a link between hearing loss and dementia? Would getting him to wear the hearing aids actually lower his risk?',
    focus: 'dementia',
    types: ['association', 'prevention'],
  },
  // why: "is APOE4 the gene that causes Alzheimer's disease" asks genetic_changes; "should I see a genetic counsellor" asks find_specialist
  {
    subject: 'APOE4 result',
    message:
      "I did one of those home DNA tests for fun and it says I have two copies of APOE4. I haven't slept since. Is APOE4 the gene that causes Alzheimer's disease? Should I see a genetic counsellor about it?",
    focus: "Alzheimer's disease",
    types: ['genetic_changes', 'find_specialist'],
  },
  // why: "what is semantic dementia" asks information; "how fast does it progress" asks prognosis; "any financial help for her care" asks costs (other)
  {
    message:
      'My aunt was told she has semantic dementia. Last week she held up a fork and asked me what it was for. What is semantic dementia? How fast does it progress? And is there any financial help for her care? My uncle is struggling to pay for the day centre.',
    focus: 'semantic dementia',
    types: ['information', 'prognosis', 'other'],
  },
];
