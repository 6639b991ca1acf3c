/**
 * "disability" set. Messages from carers and families of adults and children with learning disabilities or
 * complex needs (Down syndrome, fragile X, cerebral palsy, Rett syndrome, tuberous sclerosis, autism with
 * epilepsy). Written by someone who had read neither the understanding or retrieval code nor any earlier set,
 * following the labeling guide (src/understand/README.md) and checking only that each focus is a name the
 * knowledge base holds. Scored once, before any change made for it (focus 1.000, type F1 0.881). Scored by
 * disability.test.ts and by `npx tsx test/understand/support/score-messages.ts --disability --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const DISABILITY_MESSAGES: ConsumerMessage[] = [
  // why: "more likely to get Alzheimer's" asks whether Down syndrome raises the risk (susceptibility); "how would anyone diagnose it" asks diagnosis
  {
    subject: 'brother getting forgetful',
    message:
      "My brother is 48 and has Down syndrome. Over the last year he has started losing his way to the day centre and forgetting the names of staff he has known for years. Are people with Down syndrome more likely to get Alzheimer's disease? And how would anyone diagnose it in someone who could never do the usual memory tests anyway?",
    focus: "Alzheimer's disease",
    types: ['susceptibility', 'diagnosis'],
  },
  // why: "can we give a second dose ... if the seizure hasn't stopped" asks how to give the medicine (drug_usage)
  {
    subject: 'rescue med question',
    message:
      "Hi, I am a support worker in a supported living house. One of our tenants has a care plan for buccal midazolam for seizures over 5 minutes. Can we give a second dose of midazolam if the seizure still hasn't stopped 10 minutes after the first one? The plan doesn't say and the night staff are worried.",
    focus: 'midazolam',
    types: ['drug_usage'],
  },
  // why: "how long do girls live" asks prognosis; "any trials" asks research; "could a second baby have it too" asks inheritance
  {
    message:
      'Our daughter Maisie was diagnosed with Rett syndrome last month, she is 2 and a half. She was doing so well and then just stopped using her hands and her few words went. I have not slept properly since. How long do girls with Rett syndrome usually live? Are there any clinical trials she could join? And we always wanted another child, could a second baby have it too?',
    focus: 'Rett syndrome',
    types: ['prognosis', 'research', 'inheritance'],
  },
  // why: "could she be a carrier" and "could her children have it" both ask about it running in the family (inheritance)
  {
    subject: 'carrier question',
    message:
      'My son has fragile X syndrome. Now my younger sister is pregnant and she is panicking. Could she be a carrier as well, and could her baby have it?',
    focus: 'fragile X syndrome',
    types: ['inheritance'],
  },
  // why: "is it safe if she gets pregnant" asks a pregnancy precaution (contraindications)
  {
    message:
      'I support a young woman of 23 with a mild learning disability and epilepsy. She has had sodium valproate since she was a child and it controls her seizures well. She now has a boyfriend and they are talking about living together. Is sodium valproate safe if she gets pregnant? Nobody has ever talked to her about this.',
    focus: 'sodium valproate',
    types: ['contraindications'],
  },
  // why: "will he ever walk" asks prognosis; "what can be done for the tight calves, would Botox help" asks treatment
  {
    subject: 'Will he walk?',
    message:
      'Our son Jayden is 3 and has cerebral palsy affecting both legs. He can pull himself up on the sofa but his calves are so tight he goes up on his toes. Will he ever walk on his own? And what can be done about the tight calf muscles, would Botox injections help him?',
    focus: 'cerebral palsy',
    types: ['prognosis', 'treatment'],
  },
  // why: "what is it actually for / how does it work" asks indication; "what side effects" asks side_effects; "grapefruit juice" asks food interaction
  {
    message:
      'My daughter is 16 and has tuberous sclerosis. The neurologist wants to start everolimus. What is everolimus actually for, how does it work? What side effects should we look out for? She drinks grapefruit juice every morning, is that a problem with it?',
    focus: 'everolimus',
    types: ['indication', 'side_effects', 'interactions'],
  },
  // why: "is epilepsy more common in autistic people" asks whether autism raises the risk (susceptibility); "will he grow out of it" asks prognosis
  {
    message:
      'my son is 15 and autistic and last week he had his first ever seizure in the kitchen, full fit, ambulance, the lot. The hospital said it might be epilepsy and they are doing an EEG. Is epilepsy more common in autistic people? will he grow out of it or is this for life',
    focus: 'epilepsy',
    types: ['susceptibility', 'prognosis'],
  },
  // why: "does it have to be on an empty stomach" asks how to take it (drug_usage); "does the calcium supplement interfere" asks an interaction
  {
    message:
      'Hello. My son has Down syndrome and takes levothyroxine for his thyroid. At his residential college they give it with his breakfast cereal and milk. Does levothyroxine have to be taken on an empty stomach? He also has a calcium supplement at breakfast, does that interfere with it?',
    focus: 'levothyroxine',
    types: ['drug_usage', 'interactions'],
  },
  // why: "why does he wake at 3am" asks the cause; "what actually helps" asks treatment
  {
    subject: 'no sleep for 6 years',
    message:
      'Our son has Smith-Magenis syndrome and he wakes at 3am every single night and then naps at school in the afternoon. We are exhausted beyond words. Why does Smith-Magenis syndrome do this to sleep? What actually helps?',
    focus: 'Smith-Magenis syndrome',
    types: ['cause', 'treatment'],
  },
  // why: "is the weight gain from risperidone" asks side_effects; "can he come off it" asks stopping (drug_usage); "is it even meant for autism" asks indication
  {
    message:
      'My 17 year old son is autistic with a severe learning disability and was put on risperidone a year ago for aggression and self harm. It has calmed him but he has put on 12 kilos. Is the weight gain from the risperidone? Can he come off it, and how? And is it even meant for autism, I thought it was an antipsychotic?',
    focus: 'risperidone',
    types: ['side_effects', 'drug_usage', 'indication'],
  },
  // why: "will it thin her bones" asks a side effect of the injection
  {
    message:
      'My daughter has cerebral palsy and uses a wheelchair, and managing her periods is very hard for her and for her carers. The GP suggested Depo-Provera. I have read it can thin the bones and she already had a fractured femur last year. Will Depo-Provera make her bones weaker?',
    focus: 'Depo-Provera',
    types: ['side_effects'],
  },
  // why: "is there a link between his hydrocephalus and precocious puberty" asks association
  {
    message:
      'Our son is 7, he has a shunt for hydrocephalus and a learning disability. He has started getting body hair and body odour and the paediatrician said it is precocious puberty. Is there a link between hydrocephalus and precocious puberty?',
    focus: 'precocious puberty',
    types: ['association'],
  },
  // why: "what is Angelman syndrome" asks information; "what does a deletion on chromosome 15 mean" asks the genetic change; "could our next baby have it" asks inheritance
  {
    message:
      'Hi everyone. Our little boy Oscar (20 months) has just been diagnosed with Angelman syndrome. We had never heard of it. What is Angelman syndrome exactly? The geneticist said he has a deletion on chromosome 15, what does that mean? And could our next baby have it too?',
    focus: 'Angelman syndrome',
    types: ['information', 'genetic_changes', 'inheritance'],
  },
  // why: "is there a diet that works" asks lifestyle; "is growth hormone worth it" asks treatment; "is it true they hardly feel pain or vomit" asks whether signs belong to it (symptoms)
  {
    subject: 'grandson always hungry',
    message:
      'My grandson is 6 and has Prader-Willi syndrome. He is hungry all the time and has taken food from the bin at my house. His mum is at her wits end. Is there a diet that works for Prader-Willi syndrome? Is the growth hormone treatment worth it? Also someone told me these children hardly feel pain and never vomit, is that true?',
    focus: 'Prader-Willi syndrome',
    types: ['lifestyle', 'treatment', 'symptoms'],
  },
  // why: "is the noise sensitivity part of it" asks symptoms; "what heart problems as she gets older" asks complications; "is there a clinic for adults" asks find_specialist
  {
    message:
      "My sister is 30 and has Williams syndrome. She covers her ears and gets very upset with hand dryers and motorbikes. Is that part of Williams syndrome? What heart or blood pressure problems should we look out for as she gets older? And is there any clinic for adults with Williams syndrome in the UK, her children's doctors have all discharged her.",
    focus: 'Williams syndrome',
    types: ['symptoms', 'complications', 'find_specialist'],
  },
  // why: "does it get worse with age" asks prognosis; "is she at risk of osteoporosis" asks a problem it leads to (complications); "who should she see" asks find_specialist
  {
    message:
      "My sister is 52 and has had cerebral palsy all her life. She always walked with sticks but over the last couple of years she is in a lot more pain and now mostly uses a wheelchair. Does cerebral palsy get worse with age? Is she at risk of osteoporosis because of it? And who should she be seeing? Her GP says adult services don't really have anyone who knows about CP.",
    focus: 'cerebral palsy',
    types: ['prognosis', 'complications', 'find_specialist'],
  },
  // why: "which gene" asks genetic_changes; "should her brother be tested" asks whether a relative should be tested (diagnosis)
  {
    message:
      'Our daughter has Dravet syndrome, confirmed by a genetic test when she was 1. Which gene is it that causes Dravet syndrome? Her little brother had a febrile seizure last week, should he be tested too?',
    focus: 'Dravet syndrome',
    types: ['genetic_changes', 'diagnosis'],
  },
  // why: "will it interact with her clobazam" asks a medicine interaction
  {
    subject: 'Epidiolex and clobazam',
    message:
      'My daughter has Lennox-Gastaut syndrome and takes clobazam and lamotrigine. Her neurologist wants to add Epidiolex. Will Epidiolex interact with her clobazam? She is already very sleepy most days.',
    focus: 'Epidiolex',
    types: ['interactions'],
  },
  // why: "should we be worried about the rash" asks whether a problem comes from the medicine (side_effects)
  {
    subject: 'rash on new tablets',
    message:
      'Support worker here. A man we support, who has autism and epilepsy and cannot tell us how he feels, started lamotrigine two weeks ago. This morning he has a red rash over his chest and back. Should we be worried that it is from the lamotrigine?',
    focus: 'lamotrigine',
    types: ['side_effects'],
  },
  // why: "is it ok to mix it into her juice" asks how to take the medicine (drug_usage)
  {
    message:
      'My daughter has Rett syndrome and terrible constipation. She spits lactulose out every time. Is it ok to mix the lactulose into her juice or yoghurt?',
    focus: 'lactulose',
    types: ['drug_usage'],
  },
  // why: "how will they confirm it" asks diagnosis; "is it always passed down from a parent" asks inheritance
  {
    message:
      "At our 20 week scan they found several small tumours in our baby's heart and the consultant mentioned tuberous sclerosis. We are in shock. How will they confirm whether it really is tuberous sclerosis? And is it always passed down from one of the parents? As far as we know neither of us has it.",
    focus: 'tuberous sclerosis',
    types: ['diagnosis', 'inheritance'],
  },
  // why: "can it damage her eyesight" asks side_effects; "how long will she need it" asks drug_usage; "does the mixed solution go in the fridge" asks storage
  {
    message:
      'Our 5 month old has infantile spasms and is starting vigabatrin tomorrow. I read online that vigabatrin can damage eyesight permanently. Is that true? How long will she have to be on it? And once the sachet is mixed with water can we keep the leftover in the fridge for the next dose?',
    focus: 'vigabatrin',
    types: ['side_effects', 'drug_usage', 'storage_disposal'],
  },
  // why: "can he do trampolining and rugby" asks lifestyle; "what neck problem do they mean" asks a problem the condition can lead to (complications)
  {
    message:
      'My son is 12 and has Down syndrome. He wants to join the trampoline club and tag rugby with his friends. Another mum said children with Down syndrome should not do these because of their necks. Can he do trampolining and rugby safely? What neck problem do they mean?',
    focus: 'Down syndrome',
    types: ['lifestyle', 'complications'],
  },
  // why: "could it be sleep apnea" asks whether his signs could be it (diagnosis); "would taking his tonsils out fix it" asks treatment
  {
    message:
      'hi my 4 year old has downs syndrome and he snores so loud we can hear him from downstairs, and sometimes he stops breathing for a few seconds then gasps. he sleeps sitting up folded over his legs. could this be sleep apnea? would taking his tonsils out fix it',
    focus: 'sleep apnea',
    types: ['diagnosis', 'treatment'],
  },
  // why: "what is fragile X syndrome" asks information; "how common is it" asks frequency
  {
    subject: 'fragile X',
    message: 'What is fragile X syndrome and how common is it? My nephew has just been diagnosed.',
    focus: 'fragile X syndrome',
    types: ['information', 'frequency'],
  },
  // why: "could it be FXTAS" asks whether his signs could be it (diagnosis); "is there any treatment" asks treatment; "will it get worse" asks prognosis
  {
    message:
      'Our grandson has fragile X. When they tested the family they found my husband (68) is a premutation carrier. He has developed a shake in his hands and has had two falls this year. Could it be FXTAS that the genetics team warned us about? Is there any treatment for it? Will it get worse?',
    focus: 'FXTAS',
    types: ['diagnosis', 'treatment', 'prognosis'],
  },
  // why: costs and benefits paperwork is a non-medical request (other)
  {
    subject: 'help with money',
    message:
      'We have a 4 year old with cerebral palsy and I have had to give up work to care for him. Are there benefits or grants we can apply for, like for a wheelchair accessible car?',
    focus: 'cerebral palsy',
    types: ['other'],
  },
  // why: "is the breath holding part of Rett syndrome" asks symptoms; "how do doctors tell it apart from seizures" asks diagnosis
  {
    message:
      'My daughter who has Rett syndrome holds her breath until her lips go a bit blue and then does big fast breaths. It terrifies me. Is the breath holding part of Rett syndrome? How can the doctors tell it apart from seizures?',
    focus: 'Rett syndrome',
    types: ['symptoms', 'diagnosis'],
  },
  // why: "who can assess him for a communication device" asks find_specialist; "will he ever talk" asks prognosis
  {
    message:
      'Our son is 9, has autism and has never spoken. School use a few picture cards with him. Who can assess him for a proper communication device? And is there any chance he will still talk one day?',
    focus: 'autism',
    types: ['find_specialist', 'prognosis'],
  },
  // why: "was it caused by the long delivery" names an exposure asked as its cause (association)
  {
    subject: 'Was it the birth?',
    message:
      "Was my son's cerebral palsy caused by the long delivery? I was in labour for 30 hours and they used forceps in the end. I keep going over it.",
    focus: 'cerebral palsy',
    types: ['association'],
  },
  // why: "are children with Down syndrome more likely to get leukaemia" asks whether a condition raises the risk (susceptibility)
  {
    message:
      'Is it true that children with Down syndrome are more likely to get leukaemia? My granddaughter bruises so easily.',
    focus: 'leukaemia',
    types: ['susceptibility'],
  },
  // why: "does the liquid contain gluten or lactose" asks what the medicine contains (ingredients)
  {
    message:
      'My son has Down syndrome, coeliac disease and epilepsy. He has just been switched to the liquid levetiracetam because he cannot swallow tablets. Does levetiracetam liquid contain gluten or lactose?',
    focus: 'levetiracetam',
    types: ['ingredients'],
  },
  // why: "is it dangerous to stop it suddenly" asks about stopping a medicine (drug_usage)
  {
    subject: 'ran out of baclofen',
    message:
      'I am on shift at a residential home. One of our residents with cerebral palsy has run out of baclofen and the pharmacy is closed until Monday. Is it dangerous to stop baclofen suddenly like this?',
    focus: 'baclofen',
    types: ['drug_usage'],
  },
  // why: "what are the chances our next child has it" asks inheritance; "what support will she need at school" asks lifestyle
  {
    message:
      'Our daughter has 22q11.2 deletion syndrome, she had heart surgery as a baby and is doing well now. We are thinking about another baby. What are the chances our next child has 22q11.2 deletion syndrome too? And she starts reception in September, what support will she need at school?',
    focus: '22q11.2 deletion syndrome',
    types: ['inheritance', 'lifestyle'],
  },
  // why: "is it ok if it gets hot in the car" asks storage
  {
    message:
      "We keep my son's rectal diazepam in the glove box so we always have it on days out. Is it ok for the diazepam to be in a hot car in the summer?",
    focus: 'diazepam',
    types: ['storage_disposal'],
  },
  // why: "what is it" asks information; "how rare is it" asks frequency; "where can we find other families" asks support groups (find_specialist)
  {
    message:
      'Our grandson was diagnosed yesterday with Cornelia de Lange syndrome. He is tiny and has trouble feeding. Can you tell us what Cornelia de Lange syndrome is, how rare it is, and where we can find other families who have been through this?',
    focus: 'Cornelia de Lange syndrome',
    types: ['information', 'frequency', 'find_specialist'],
  },
  // why: "is it safe for a child who has epilepsy" asks who should not take it (contraindications)
  {
    message:
      'My son is 10, autistic with ADHD and epilepsy that is well controlled. The paediatrician is suggesting methylphenidate for his ADHD. Is methylphenidate safe for a child who has epilepsy?',
    focus: 'methylphenidate',
    types: ['contraindications'],
  },
  // why: "can aspiration pneumonia be prevented" asks prevention; "how do they check whether he is aspirating" asks a test (diagnosis)
  {
    subject: 'chest infections again',
    message:
      'Our son has quadriplegic cerebral palsy and has had aspiration pneumonia three times since October. Can aspiration pneumonia be prevented, would a feeding tube stop it? How do they check whether food is actually going into his lungs when he eats?',
    focus: 'aspiration pneumonia',
    types: ['prevention', 'diagnosis'],
  },
  // why: "what is it exactly" asks information; "will she be able to go to a normal school" asks lifestyle
  {
    message:
      'hi im 14 and my baby sister was born last week and she has Down syndrome. my mum keeps crying and i dont know what to say to her. what is Down syndrome exactly? will my sister be able to go to normal school like me?',
    focus: 'Down syndrome',
    types: ['information', 'lifestyle'],
  },
];
