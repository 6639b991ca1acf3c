/**
 * "aging" set. Messages about growing older with a rare condition that began in childhood or was found late:
 * menopause, retirement, care homes, memory, new problems in later life, an adult child's care when the
 * parents are gone, with other questions. Written by someone who had read neither the understanding or
 * retrieval code nor any earlier set, following the labeling guide (src/understand/README.md) and checking
 * only that each focus is a name the knowledge base holds. Scored once, before any change made for it (focus
 * 0.975, type F1 0.830). Scored by aging.test.ts and by `npx tsx test/understand/support/score-messages.ts
 * --aging --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const AGING_MESSAGES: ConsumerMessage[] = [
  // why: asks only when to stop the estradiol patches -> drug_usage; the medicine is the focus, Turner is background
  {
    subject: 'stopping my estrogen??',
    message:
      "Hi, I have Turner syndrome and have been on estradiol patches since I was 15 (I'm 41 now). My new GP says I can come off them because I'm 'almost menopausal anyway'. Isn't the advice to keep going until about 50-51, like a normal menopause would be? I don't want to stop if I shouldn't.",
    focus: 'estradiol',
    types: ['drug_usage'],
  },
  // why: asks what decades off the diet (untreated) can lead to in later life -> complications
  {
    message:
      'My sister is 58 and has PKU. She was taken off the diet at about 10, like everyone was back then. Now her hands shake, she is very anxious and her walking is off. Can being off the diet for all those years cause problems like this later in life?',
    focus: 'phenylketonuria',
    types: ['complications'],
  },
  // why: only question is for an association/group that helps families -> find_specialist; the fridge line is story
  {
    message:
      'we are both in our late 70s and our son (41) has prader willi syndrome. we lie awake thinking about who will keep the fridge locked when we are gone. is there a PWS association or group that helps parents plan for this',
    focus: 'Prader-Willi syndrome',
    types: ['find_specialist'],
  },
  // why: asks only about life expectancy now -> prognosis
  {
    message:
      "Diagnosed with Marfan syndrome in 1986 aged 11. The cardiologist told my mother I'd be lucky to see 40. Well, I'm 49 this year. What is the actual life expectancy with Marfan's nowadays? I'm trying to plan my retirement and it feels weird to even be doing that lol",
    focus: 'Marfan syndrome',
    types: ['prognosis'],
  },
  // why: whether she can keep working and how to manage work -> lifestyle (work), asked twice in other words
  {
    message:
      'cf, 51, still teaching full time but the classroom bugs are wiping me out every winter. can people with cystic fibrosis realistically keep working into their late 50s or does everyone go for ill health retirement? any tips for coping at work',
    focus: 'cystic fibrosis',
    types: ['lifestyle'],
  },
  // why: asks about screening scans (DEXA) -> diagnosis
  {
    message:
      'OI type 1, 52F, periods stopped last year. should I be having DEXA scans more often now Im through menopause? last one was 2016',
    focus: 'osteogenesis imperfecta',
    types: ['diagnosis'],
  },
  // why: whether spinal stenosis is a later problem it leads to -> complications
  {
    message:
      "my dad is 71 and has achondroplasia. he's been getting numbness in his legs and cant walk far before he has to sit down. is spinal stenosis something people with achondroplasia get as they get older?",
    focus: 'achondroplasia',
    types: ['complications'],
  },
  // why: whether enzyme therapy or the tablet still works at her age -> treatment
  {
    message:
      'I was only diagnosed with Fabry disease at 63, after my grandson tested positive. My kidney function is already down to 40%. Is it too late for the enzyme replacement or the tablet to do me any good at my age?',
    focus: 'Fabry disease',
    types: ['treatment'],
  },
  // why: whether long-term use of the medicine raises cancer risk -> side_effects of hydroxyurea
  {
    message:
      'been on hydroxyurea about 20 yrs for my sickle cell, im 57 now. does taking it that long give you leukemia or skin cancer?? consultant just brushed it off',
    focus: 'hydroxyurea',
    types: ['side_effects'],
  },
  // why: asks only for studies on ageing in the condition -> research; the rest is story
  {
    message:
      'Are there any studies looking at how people with Williams syndrome age? My sister is 49 and her hair went completely white years ago, she seems to be ageing much faster than me, and none of her doctors seem to know what to expect.',
    focus: 'Williams syndrome',
    types: ['research'],
  },
  // why: how the granddaughter can stop her baby having it (folic acid) -> prevention
  {
    message:
      "I was born with spina bifida (I'm 62 now, walk with crutches). My granddaughter has just told us she's expecting. Is there anything she can do so the baby doesn't get it? Someone said folic acid but is that enough when it's in the family?",
    focus: 'spina bifida',
    types: ['prevention'],
  },
  // why: whether calcium and iron tablets interfere with the medicine -> interactions
  {
    message:
      "i've taken levothyroxine since i was a few weeks old (born with no working thyroid). now 67 and the doctor has added calcium and iron tablets for my bones and blood. do they interfere with the levothyroxine?",
    focus: 'levothyroxine',
    types: ['interactions'],
  },
  // why: whether the medicine is safe with a slow heartbeat -> contraindications (precaution)
  {
    message:
      'My sister has Down syndrome and at 54 has now been diagnosed with early Alzheimers. The memory clinic wants to start her on donepezil. Her heart rate is always slow, in the low 50s. Is donepezil safe for someone with a slow heartbeat?',
    focus: 'donepezil',
    types: ['contraindications'],
  },
  // why: whether menopause is triggering the swelling attacks -> cause (what brings on its attacks)
  {
    subject: 'HAE and menopause',
    message:
      "I've had hereditary angioedema since I was a girl. It was quiet for years and now at 50 the swellings are back every couple of weeks. Could the menopause / hormone changes be what's setting off my attacks?",
    focus: 'hereditary angioedema',
    types: ['cause'],
  },
  // why: carer asks what the condition is -> information
  {
    message:
      'Hello, I am senior carer in a residential home. We have new resident, lady of 56 years with Angelman syndrome. Nobody of our staff has heard of this before. Please can you tell us what is it? Thank you very much.',
    focus: 'Angelman syndrome',
    types: ['information'],
  },
  // why: early cataracts as part of it -> symptoms (whether a sign belongs to it); does it get worse with age -> prognosis
  {
    message:
      "Got told I have myotonic dystrophy type 1 at 55, only because my granddaughter was born floppy and they tested the whole family. Looking back I had cataracts at 42 and I've had trouble letting go of door handles for years. Are early cataracts part of DM1? And what happens from here, does it get worse as I get older?",
    focus: 'myotonic dystrophy type 1',
    types: ['symptoms', 'prognosis'],
  },
  // why: regular aortic scans -> diagnosis (screening); where adults get looked after -> find_specialist
  {
    message:
      "I'm 44 with Turner syndrome. Since I aged out of the children's hospital nobody checks my heart at all. Should adults with Turner still have regular scans of the aorta? And where do grown women with TS actually get looked after, is there a clinic for us?",
    focus: 'Turner syndrome',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: bone thinning from the steroid -> side_effects; how much to raise the dose when ill -> drug_usage
  {
    message:
      "CAH (salt wasting), 48F. I've taken hydrocortisone 3 times a day since I was a baby. With menopause coming up, does long term hydrocortisone thin the bones? And when I get a bad cold or flu how much should I increase the dose? my endo's advice was very vague",
    focus: 'hydrocortisone',
    types: ['side_effects', 'drug_usage'],
  },
  // why: does it get worse with age -> prognosis; what helps the pain and stiffness -> treatment
  {
    message:
      "I'm 50 with spastic diplegic cerebral palsy. In the last 5 years walking has got much harder and my hips and knees ache all the time. Does CP get worse as you get older? I was always told it doesn't progress. What can be done for the pain and the stiffness?",
    focus: 'cerebral palsy',
    types: ['prognosis', 'treatment'],
  },
  // why: could his tremor be FXTAS -> diagnosis; is it the same as fragile X syndrome -> information
  {
    message:
      "My grandson was diagnosed with fragile X last year and it turned out my daughter is a carrier. The genetic counsellor mentioned something called FXTAS that can affect grandfathers. My husband is 68 and for two years he's had a shaky hand and keeps losing his balance. Could this be FXTAS? And is FXTAS the same thing as fragile X syndrome or something different?",
    focus: 'Fragile X-associated tremor/ataxia syndrome',
    types: ['diagnosis', 'information'],
  },
  // why: will I end up in a wheelchair -> prognosis; tips for buttons, cooking, dressing -> lifestyle
  {
    message:
      'CMT runs in our family (my mum, me, my son). Im 70 and my hands are getting useless, can barely do buttons anymore. Will I end up in a wheelchair eventually? any tips for everyday stuff like cooking and getting dressed, I live on my own',
    focus: 'Charcot-Marie-Tooth disease',
    types: ['prognosis', 'lifestyle'],
  },
  // why: which gene -> genetic_changes; chance a sibling has it -> inheritance
  {
    message:
      'Diagnosed with Noonan syndrome at 47, the same week as my son. Explains a lot about my childhood! Which gene is it usually? And what are the chances my younger sister has it too?',
    focus: 'Noonan syndrome',
    types: ['genetic_changes', 'inheritance'],
  },
  // why: wine with warfarin -> interactions; what to do about a missed dose -> drug_usage
  {
    message:
      'My husband has Marfan and a mechanical aortic valve since 1998, so he is on warfarin. He is 66, just retired, and wants to enjoy red wine on our holidays. Is alcohol ok with warfarin? Also he sometimes forgets his evening dose, should he take it the next morning or just skip it?',
    focus: 'warfarin',
    types: ['interactions', 'drug_usage'],
  },
  // why: rhythm problems decades later -> complications; finding an adult congenital heart doctor -> find_specialist
  {
    subject: 'repaired TOF, now 53',
    message:
      'I had surgery for tetralogy of fallot as a baby in 1971. Fine for decades but now getting palpitations and out of breath on stairs. Can it cause heart rhythm problems this much later on? Do I need a special adult congenital heart doctor instead of the normal cardiologist, and how do I find one?',
    focus: 'tetralogy of Fallot',
    types: ['complications', 'find_specialist'],
  },
  // why: life expectancy -> prognosis; guardianship and money after the parents die -> other (legal/financial)
  {
    message:
      'our daughter Emily has Rett syndrome, she is 38. we are 71 and 73 and not getting any younger. what is the life expectancy for women with Rett now? and how do other families arrange the legal guardianship and money side for after the parents have died?',
    focus: 'Rett syndrome',
    types: ['prognosis', 'other'],
  },
  // why: can he have a knee replacement -> treatment (surgery); which hospitals/centres -> find_specialist
  {
    message:
      'My grandad is 78 and has severe haemophilia A. His right knee is wrecked from all the bleeds he had as a young man. Can someone with haemophilia even have a knee replacement at his age? Which hospitals have a haemophilia centre that does this kind of surgery?',
    focus: 'hemophilia A',
    types: ['treatment', 'find_specialist'],
  },
  // why: can the medicine cause osteoporosis -> side_effects; beer with it -> interactions
  {
    message:
      "my son is 34 with dravet syndrome and has been on valproate (epilim) since he was 2. he broke his ankle just stepping off a kerb last year. can valproic acid cause osteoporosis? also he's moved into supported living and wants to go to the pub with the others, is a beer ok with valproate?",
    focus: 'valproic acid',
    types: ['side_effects', 'interactions'],
  },
  // why: chance the children have it -> inheritance; should the grandkids be tested -> diagnosis
  {
    message:
      'Found out I have familial hypercholesterolemia at 61, after my second heart attack. Both my parents died of heart attacks in their 50s and nobody ever said why. What is the chance my children have it, and should my grandkids (5 and 8) be tested this young?',
    focus: 'familial hypercholesterolemia',
    types: ['inheritance', 'diagnosis'],
  },
  // why: same disease as the infant form -> information; will breathing fail/need a ventilator -> prognosis
  {
    message:
      "late onset pompe disease dx at 58 after years of 'its just your age'. is it the same disease the babies get? and what will happen to my breathing, will i end up needing a ventilator",
    focus: 'Pompe disease',
    types: ['information', 'prognosis'],
  },
  // why: is the medicine worth starting at 62 -> treatment; trials for older adults -> research
  {
    message:
      'SMA type 3, 62 years old, walked until my mid 40s. Is there any point starting nusinersen or risdiplam at my age? Are there any trials that take older adults?',
    focus: 'spinal muscular atrophy type 3',
    types: ['treatment', 'research'],
  },
  // why: DS raising the risk of early Alzheimer's -> complications; how to test him for dementia -> diagnosis; two conditions named
  {
    message:
      "my brother Paul has down syndrome, he's 52. this year he's started forgetting peoples names and last month he got lost walking to the shop he's been going to for 30 years. is it true people with down syndrome get alzheimers younger than everyone else? and how would the doctors even test him for dementia when he's never been able to do the normal memory tests",
    focus: 'Down syndrome',
    types: ['complications', 'diagnosis'],
  },
  // why: can the grandson inherit it through the daughter -> inheritance; test after birth -> diagnosis; is hearing loss part of it -> symptoms
  {
    message:
      'Hello. I am 59 years, I had kidney transplant at 31 because of Alport syndrome. Now my daughter is pregnant, a boy. Can he inherit the Alport through her? Is there a test they can do on him after he is born? Also my hearing aid, is this part of the Alport or only I am getting old?',
    focus: 'Alport syndrome',
    types: ['inheritance', 'diagnosis', 'symptoms'],
  },
  // why: link between menopause and worsening -> association; would HRT help -> treatment; specialist in the north west -> find_specialist
  {
    message:
      'hypermobile EDS, 52. Since peri-menopause my joints are subluxing way more and the pain is so much worse. Is there a known link between menopause and EDS getting worse? Would HRT help at all? And is there an EDS specialist anywhere in the north west, my GP just shrugs',
    focus: 'Ehlers-Danlos syndrome, hypermobility type',
    types: ['association', 'treatment', 'find_specialist'],
  },
  // why: kidney results from the medicine -> side_effects; with alendronate -> interactions; night vs morning -> drug_usage
  {
    message:
      'Im 47 with beta thalassemia major, transfused all my life and older than any doctor ever predicted. I take deferasirox (Exjade). My kidney blood tests keep getting worse, can that be from the deferasirox? Can I take it with my new osteoporosis tablet (alendronate)? and does it matter if I take it at night instead of the morning?',
    focus: 'deferasirox',
    types: ['side_effects', 'interactions', 'drug_usage'],
  },
  // why: is Becker the same as Duchenne -> information; could I be a carrier -> inheritance; two conditions named
  {
    message:
      "My grandson has Duchenne. My brother is 66 and was told in the 70s he had 'a mild muscular dystrophy', he still walks with a stick. Someone said he probably has Becker. Is Becker the same as Duchenne? And could I be a carrier? I have 2 daughters",
    focus: 'Duchenne muscular dystrophy',
    types: ['information', 'inheritance'],
  },
  // why: did it cause the weak bones -> complications; testosterone or anything to strengthen them -> treatment; from mother or father -> inheritance
  {
    message:
      'Finally found out at 58 that I have Klinefelter syndrome (47,XXY), only because I broke my wrist and the bone scan showed osteoporosis. Did the Klinefelter cause my weak bones? Is it too late to start testosterone or anything else to strengthen them? And did I get it from my mother or my father?',
    focus: 'Klinefelter syndrome',
    types: ['complications', 'treatment', 'inheritance'],
  },
  // why: is this post-polio syndrome -> diagnosis; any treatment -> treatment; can the carer catch it -> susceptibility
  {
    message:
      'i had polio when i was 4 in 1954. now 74 and my legs are getting weak again and im exhausted all the time. is this post polio syndrome? is there any treatment for it? my carer is worried she can catch it off me, can she?',
    focus: 'post-polio syndrome',
    types: ['diagnosis', 'treatment', 'susceptibility'],
  },
  // why: is Parkinson's more common with Gaucher -> complications (higher risk of another condition); lifelong infusions -> treatment; two conditions named
  {
    message:
      "Mum is 72 and has had Gaucher disease type 1 since she was a child. She has just been told she has Parkinson's. Is Parkinson's more common in people with Gaucher? Also does she have to stay on the enzyme infusions for the rest of her life, she's getting tired of all the hospital trips.",
    focus: 'Gaucher disease type 1',
    types: ['complications', 'treatment'],
  },
  // why: start testosterone now -> treatment; what 50 years untreated does to bones and heart -> complications; how rare -> frequency
  {
    subject: 'kallmann at 52??',
    message:
      'diagnosed with kallmann syndrome at 52 (never went through puberty properly, no sense of smell, doctors just said late bloomer). can i still start testosterone at my age? what happens to bones and heart after 50 years untreated? and how rare is this, ive never met anyone else with it',
    focus: 'Kallmann syndrome',
    types: ['treatment', 'complications', 'frequency'],
  },
  // why: is early menopause part of galactosemia -> complications (higher risk of another condition); anyone researching -> research; two conditions named
  {
    message:
      "My daughter is 28 and has classic galactosemia. Her periods stopped at 26 and the gynaecologist says it's premature ovarian failure. Is early menopause part of galactosemia? Is anyone researching ways to protect the ovaries for the younger girls coming up behind her?",
    focus: 'classic galactosemia',
    types: ['complications', 'research'],
  },
];
