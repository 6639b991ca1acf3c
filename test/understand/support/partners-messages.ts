/**
 * "partners" set. Messages from a husband, wife or partner about the person they live with (caring for them,
 * children together, intimacy, what to expect, their medicines). Written by someone who had read neither the
 * understanding or retrieval code nor any earlier set, following the labeling guide (src/understand/README.md)
 * and checking only that each focus is a name the knowledge base holds. Scored once, before any change made for
 * it (focus 0.925, type F1 0.957). Scored by partners.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --partners --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const PARTNERS_MESSAGES: ConsumerMessage[] = [
  {
    // "Is MS hereditary" -> inheritance (whether it runs in families)
    subject: 'wife has MS',
    message: 'Is MS hereditary?',
    focus: 'multiple sclerosis',
    types: ['inheritance'],
  },
  {
    // "How likely am I to catch it from her if we use condoms" -> susceptibility (whether he can catch it)
    subject: 'girlfriend has genital herpes',
    message:
      'Hi, my girlfriend told me last night she has genital herpes and has had it for years. I' +
      " really like her and don't want this to end things. How likely am I to catch it from " +
      'her if we use condoms? Thanks for any honest answer.',
    focus: 'genital herpes',
    types: ['susceptibility'],
  },
  {
    // "What are the chances our child would get it" -> inheritance (chance a child gets it)
    // "Is there a way to test embryos through IVF" -> diagnosis (testing/screening)
    // "how quickly does it usually get worse" -> prognosis (course of the disease)
    message:
      "My husband is 38 and tested positive for Huntington's disease last month, his father " +
      'died of it. We have been trying for our first baby. What are the chances our child ' +
      'would get it? Is there a way to test embryos through IVF so we know before a pregnancy?' +
      ' And once his symptoms start, how quickly does it usually get worse? I want to be ready' +
      ' for whatever is coming for both of us.',
    focus: 'Huntington disease',
    types: ['inheritance', 'diagnosis', 'prognosis'],
  },
  {
    // "Could this be sleep apnea" -> diagnosis (whether his signs could be it)
    subject: 'his snoring',
    message:
      'My partner snores like a freight train and some nights he just stops breathing for a ' +
      'few seconds and then gasps. I lie awake counting. Could this be sleep apnea? He refuses' +
      ' to see anyone lol',
    focus: 'sleep apnea',
    types: ['diagnosis'],
  },
  {
    // "How do we keep his insulin cool on the plane and at the hotel" -> storage_disposal (storage)
    // "how should he time his long acting shot" -> drug_usage (timing)
    message:
      'My husband is type 1 and we are flying to Spain for two weeks in August. How do we keep' +
      ' his insulin cool on the plane and at the hotel? Also how should he time his long ' +
      'acting shot with the 6 hour time difference?',
    focus: 'insulin',
    types: ['storage_disposal', 'drug_usage'],
  },
  {
    // "Is it safe to take during pregnancy" -> contraindications (pregnancy precaution)
    // "does it make her birth control pill less effective" -> interactions (with another medicine)
    subject: 'Lamictal and baby plans',
    message:
      'My wife takes Lamictal for her epilepsy (seizure free 3 yrs!!). We want to start a ' +
      'family next year. Is it safe to take during pregnancy? and does it make her birth ' +
      'control pill less effective in the meantime?',
    focus: 'Lamictal',
    types: ['contraindications', 'interactions'],
  },
  {
    // "Is it dangerous to combine them" -> interactions (with nitroglycerin)
    message:
      'Hello, my husband is 61 and his doctor just gave him Viagra, but he also uses a ' +
      'nitroglycerin spray for his angina now and then. Is it dangerous to combine them? Thank' +
      ' you, Carol',
    focus: 'Viagra',
    types: ['interactions'],
  },
  {
    // "what causes ED in someone that young" -> cause (why it happens)
    // "is there anything besides pills that helps" -> treatment (therapies)
    message:
      'boyfriend (34) has had trouble keeping an erection the last few months and hes so ' +
      "embarrassed he won't talk about it. what causes ED in someone that young? and is there " +
      "anything besides pills that helps? i just want him to know i'm not upset with him",
    focus: 'erectile dysfunction',
    types: ['cause', 'treatment'],
  },
  {
    // "Is that from the tamoxifen" -> side_effects (whether a problem comes from the medicine)
    // "How many years does she have to stay on it" -> drug_usage (how long to take it)
    // "is it safe to get pregnant while taking it" -> contraindications (pregnancy precaution)
    message:
      'My wife started tamoxifen after her breast cancer surgery in January. Since then she ' +
      'has hot flashes all night and honestly no interest in sex, which she feels terrible ' +
      'about. Is that from the tamoxifen? How many years does she have to stay on it? We had ' +
      'hoped to have one more child, is it safe to get pregnant while taking it?',
    focus: 'tamoxifen',
    types: ['side_effects', 'drug_usage', 'contraindications'],
  },
  {
    // "Will she always have these episodes or can it settle down with time" -> prognosis (course over time)
    // "Is there a support group for partners" -> find_specialist (support groups)
    message:
      'My partner was diagnosed with bipolar II in the spring. I love her but the low phases ' +
      'scare me. Will she always have these episodes or can it settle down with time? Is there' +
      ' a support group for partners of people with bipolar disorder?',
    focus: 'bipolar disorder',
    types: ['prognosis', 'find_specialist'],
  },
  {
    // "Is it passed down to children" -> inheritance (whether it runs in families)
    // "what problems can EDS cause during pregnancy and delivery" -> complications (problems it can lead to)
    subject: 'Ehlers Danlos and having kids',
    message:
      'My wife has hypermobile EDS. We would love kids. Is it passed down to children? And ' +
      'what problems can EDS cause during pregnancy and delivery?',
    focus: 'Ehlers-Danlos syndrome',
    types: ['inheritance', 'complications'],
  },
  {
    // "whats the life expectancy with marfan syndrome nowadays" -> prognosis (life expectancy)
    message:
      'my fiancé has marfans, he had his aortic root replaced at 19. whats the life expectancy' +
      " with marfan syndrome nowadays? we're getting married in june",
    focus: 'Marfan syndrome',
    types: ['prognosis'],
  },
  {
    // "Which gene is it exactly" -> genetic_changes (which gene)
    // "Do carrier women go through early menopause too" -> symptoms (whether a sign belongs to it)
    message:
      'Our son was diagnosed with fragile X and then my wife found out she is a premutation ' +
      'carrier. Which gene is it exactly? She is 36 and her periods have become irregular. Do ' +
      'carrier women go through early menopause too?',
    focus: 'fragile X syndrome',
    types: ['genetic_changes', 'symptoms'],
  },
  {
    // "should he take two at lunch" -> drug_usage (missed dose)
    message:
      'husband has myasthenia gravis, takes pyridostigmine 4 times a day. he forgot his ' +
      'morning dose, should he take two at lunch?',
    focus: 'pyridostigmine',
    types: ['drug_usage'],
  },
  {
    // "How fast does ALS usually progress" -> prognosis (course)
    // "Are there any clinical trials he could join" -> research (clinical trials)
    // "where can we find a specialized ALS clinic" -> find_specialist (expert clinic)
    message:
      'Hello. My husband Mark was diagnosed with ALS in March, he is 52. It started with his ' +
      'right hand, now he trips on stairs and his speech gets slurred in the evenings. Our ' +
      'neurologist is kind but very busy and we leave every appointment with more questions ' +
      'than answers. I am trying to understand what is coming so I can plan, we have two kids ' +
      'in high school. How fast does ALS usually progress? Are there any clinical trials he ' +
      'could join? And where can we find a specialized ALS clinic, we live in northern Ohio? ' +
      'Thank you so much for reading this.',
    focus: 'ALS',
    types: ['prognosis', 'research', 'find_specialist'],
  },
  {
    // "Could it be frontotemporal dementia" -> diagnosis (whether her signs could be it)
    // "do our teenagers need to worry about inheriting it" -> inheritance (chance children get it)
    message:
      'My wife is 54 and over the last two years she has become a different person: rude to ' +
      "strangers, spending money we don't have, eating sweets all day. Her GP says it is " +
      'depression. Could it be frontotemporal dementia? If it is, do our teenagers need to ' +
      'worry about inheriting it?',
    focus: 'frontotemporal dementia',
    types: ['diagnosis', 'inheritance'],
  },
  {
    // "is exercise good for him" -> lifestyle (exercise)
    // "could agent orange have caused his parkinson's" -> association (named exposure asked as its cause)
    subject: 'Agent Orange?',
    message:
      'my husband has parkinsons, diagnosed at 66. is exercise good for him? he used to cycle ' +
      'every weekend. also he served in vietnam, could agent orange have caused his ' +
      "parkinson's?",
    focus: 'Parkinson disease',
    types: ['lifestyle', 'association'],
  },
  {
    // "Does protein in his food interfere with the levodopa" -> interactions (with food)
    message:
      'My husband takes carbidopa/levodopa 3 times daily and I notice after a big steak dinner' +
      ' it barely works. Does protein in his food interfere with the levodopa?',
    focus: 'Levodopa and Carbidopa',
    types: ['interactions'],
  },
  {
    // "Is there any treatment that helps with pain during sex" -> treatment (managing the pain)
    // "Will endometriosis affect her chances of getting pregnant later" -> complications (infertility)
    // "is there a doctor who specializes in it" -> find_specialist (specialist doctor)
    message:
      'My girlfriend has endometriosis and sex is often really painful for her. We both feel ' +
      "awful about it and she thinks it's her fault. Is there any treatment that helps with " +
      'pain during sex? Will endometriosis affect her chances of getting pregnant later? And ' +
      'is there a doctor who specializes in it, her gyno just says take ibuprofen',
    focus: 'endometriosis',
    types: ['treatment', 'complications', 'find_specialist'],
  },
  {
    // "is there a special diet for pcos" -> lifestyle (diet)
    // "how common is it" -> frequency (how common)
    message:
      'wife has pcos and we have been trying for 2 yrs. is there a special diet for pcos? she ' +
      'also feels like she is the only one, how common is it?',
    focus: 'polycystic ovary syndrome',
    types: ['lifestyle', 'frequency'],
  },
  {
    // "What is actually in it" -> ingredients (what it contains)
    // "can he still have a glass of wine with dinner while on it" -> interactions (with alcohol)
    message:
      'My husband has narcolepsy with cataplexy and his sleep doctor wants him to start sodium' +
      ' oxybate. I read online that it is basically GHB?! What is actually in it? And can he ' +
      'still have a glass of wine with dinner while on it?',
    focus: 'sodium oxybate',
    types: ['ingredients', 'interactions'],
  },
  {
    // "Can my wife drive with narcolepsy" -> lifestyle (driving, daily life)
    message: 'Can my wife drive with narcolepsy?',
    focus: 'narcolepsy',
    types: ['lifestyle'],
  },
  {
    // "How is it treated, is it just blood removal" -> treatment (therapy)
    // "Should our kids be tested" -> diagnosis (whether relatives should be tested)
    // "can he still have a beer on weekends" -> lifestyle (diet/alcohol in daily life)
    subject: 'hemochromatosis',
    message:
      'Hi. My husband was just diagnosed with hemochromotosis (C282Y from both parents). How ' +
      'is it treated, is it just blood removal? Should our kids be tested? And can he still ' +
      'have a beer on weekends?',
    focus: 'hemochromatosis',
    types: ['treatment', 'diagnosis', 'lifestyle'],
  },
  {
    // "What triggers the attacks" -> cause (what brings on its attacks)
    // "How can we stop them from happening" -> prevention (preventing attacks)
    // "will our children inherit it" -> inheritance (chance children get it)
    subject: 'hereditary angioedema - swelling attacks',
    message:
      'My wife has HAE, she gets swelling in her face, hands and sometimes her belly that ' +
      'lasts for days. What triggers the attacks? How can we stop them from happening, our ' +
      'wedding is in 3 months? And will our children inherit it?',
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention', 'inheritance'],
  },
  {
    // "What is Klinefelter syndrome" -> information (what the condition is)
    // "Does it put him at risk for other health problems later on" -> complications (other problems)
    message:
      'My husband just found out he has Klinefelter syndrome after our fertility tests. The ' +
      'doctor barely explained it. What is Klinefelter syndrome? Does it put him at risk for ' +
      'other health problems later on?',
    focus: 'Klinefelter syndrome',
    types: ['information', 'complications'],
  },
  {
    // "What side effects should I watch out for" -> side_effects (side effects of the medicine)
    // "is that a problem with clozapine" -> interactions (with coffee)
    message:
      'My partner has schizophrenia and was just started on clozapine, he finally seems like ' +
      'himself again. What side effects should I watch out for? He drinks like 8 cups of ' +
      'coffee a day, is that a problem with clozapine?',
    focus: 'clozapine',
    types: ['side_effects', 'interactions'],
  },
  {
    // "is it contagious" -> susceptibility (whether someone can catch it)
    // "is there a link between psoriasis and arthritis" -> association (link between two conditions)
    message:
      'boyfriend has psoriasis on his elbows and scalp. is it contagious? my mum thinks we ' +
      'shouldnt share towels haha. also his knees have started aching, is there a link between' +
      ' psoriasis and arthritis?',
    focus: 'psoriasis',
    types: ['susceptibility', 'association'],
  },
  {
    // "How long can the pen stay out of the fridge" -> storage_disposal (storing the medicine)
    // "what do we do with the used pens out there" -> storage_disposal (throwing it away)
    subject: 'Humira on a camping trip',
    message:
      "My husband takes Humira for his Crohn's every other week. We are going camping for 10 " +
      'days in July. How long can the pen stay out of the fridge? And what do we do with the ' +
      'used pens out there?',
    focus: 'Humira',
    types: ['storage_disposal'],
  },
  {
    // "Is that part of the myotonic dystrophy" -> symptoms (whether a sign belongs to it)
    // "can it affect the heart" -> complications (other problems it leads to)
    message:
      'My husband has myotonic dystrophy type 1. Lately he falls asleep all the time during ' +
      'the day, even at dinner. Is that part of the myotonic dystrophy? His neurologist also ' +
      'mentioned his heart, can it affect the heart?',
    focus: 'myotonic dystrophy',
    types: ['symptoms', 'complications'],
  },
  {
    // "Is there any program or generic that makes it cheaper" -> other (cost)
    // "can he take baby aspirin with it" -> interactions (with another medicine)
    subject: 'eliquis cost',
    message:
      'My husband has been on Eliquis since his AFib diagnosis and it costs us almost $500 a ' +
      'month. Is there any program or generic that makes it cheaper? Also can he take baby ' +
      'aspirin with it like he used to?',
    focus: 'Eliquis',
    types: ['other', 'interactions'],
  },
  {
    // "what can we do at home to stop the crises from starting" -> prevention (preventing crises)
    // "what are the chances our kids would have sickle cell disease" -> inheritance (chance for kids)
    // "what is her life expectancy" -> prognosis (life expectancy)
    message:
      'my fiancée has sickle cell (HbSS) and she ends up in the ER every winter with pain ' +
      'crises. what can we do at home to stop the crises from starting? I have sickle cell ' +
      'trait, what are the chances our kids would have sickle cell disease? and honestly, what' +
      " is her life expectancy? I'm scared to ask her doctor in front of her",
    focus: 'sickle cell disease',
    types: ['prevention', 'inheritance', 'prognosis'],
  },
  {
    // "How rare is it" -> frequency (how rare)
    // "What is the treatment and is it for life" -> treatment (therapy)
    // "Will his liver go back to normal" -> prognosis (whether he will recover)
    message:
      'Hi there. My husband was diagnosed with Wilson disease at 28 after his liver tests came' +
      ' back weird. We had never heard of it. How rare is it? What is the treatment and is it ' +
      'for life? Will his liver go back to normal?',
    focus: 'Wilson disease',
    types: ['frequency', 'treatment', 'prognosis'],
  },
  {
    // "Are there any newer treatments being researched" -> research (new treatments being researched)
    message:
      'My partner has Fabry disease and gets enzyme infusions every two weeks, which wipe him ' +
      'out for a day each time. Are there any newer treatments being researched, like pills or' +
      ' gene therapy, that he might qualify for?',
    focus: 'Fabry disease',
    types: ['research'],
  },
  {
    // "Is there a support group for husbands or spouses" -> find_specialist (support groups)
    subject: 'caring for my wife',
    message:
      "My wife has early Alzheimer's at 58 and I am her full time carer. Some days I feel " +
      'completely alone. Is there a support group for husbands or spouses of people with ' +
      "Alzheimer's?",
    focus: 'Alzheimer disease',
    types: ['find_specialist'],
  },
  {
    // "difference between Tourette syndrome and an ordinary tic disorder" -> information (difference)
    message:
      'My boyfriend has Tourette syndrome, he mostly blinks and clears his throat, no swearing' +
      ' like on TV. What is the difference between Tourette syndrome and an ordinary tic ' +
      'disorder?',
    focus: 'Tourette syndrome',
    types: ['information'],
  },
  {
    // "What is Menieres disease" -> information (what the condition is)
    message: 'What is Menieres disease? My husbands ENT mentioned it after his last dizzy spell.',
    focus: 'Meniere disease',
    types: ['information'],
  },
  {
    // "Do I take it every day or only before sex" -> drug_usage (dosing schedule)
    subject: 'PrEP',
    message:
      'My husband is HIV positive but undetectable. I want to go on Truvada just to be safe. ' +
      'Do I take it every day or only before sex?',
    focus: 'Truvada',
    types: ['drug_usage'],
  },
  {
    // "does he have to give up the salad" -> interactions (with food)
    message:
      'my husband is on warfarin and he loves his greens, spinach salad every single day. does' +
      ' he have to give up the salad??',
    focus: 'warfarin',
    types: ['interactions'],
  },
  {
    // "How does it work for skin" -> indication (how the medicine works)
    message:
      "My girlfriend's dermatologist put her on spironolactone for acne, but I always thought " +
      'it was a blood pressure pill. How does it work for skin?',
    focus: 'spironolactone',
    types: ['indication'],
  },
  {
    // "Will the baby have Crohn's too" -> inheritance (chance a child has it)
    message:
      "My wife has Crohn's disease and is 7 months pregnant with our first. Will the baby have" +
      " Crohn's too?",
    focus: 'Crohn disease',
    types: ['inheritance'],
  },
];
