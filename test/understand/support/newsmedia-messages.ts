/**
 * "newsmedia" set. Messages prompted by something seen in the news, on television, on social media or online
 * about a rare condition or a medicine, asking whether it is true and other questions. Written by someone who
 * had read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 0.950, type F1 0.871). Scored by newsmedia.test.ts and by `npx
 * tsx test/understand/support/score-messages.ts --newsmedia --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const NEWSMEDIA_MESSAGES: ConsumerMessage[] = [
  // why: only asks what the condition is -> information
  {
    message:
      "Watched the Celine Dion documentary last night and cried the whole way through. what actually IS stiff person syndrome?? i'd never even heard of it before",
    focus: 'stiff person syndrome',
    types: ['information'],
  },
  // why: "is the news real" about a tested gene therapy + trials -> research only
  {
    message:
      "My husband was diagnosed with Huntington's two years ago, he is 52. My sister sent me a Guardian article saying a gene therapy slowed the disease by 75 percent in a study. Is this real or is it hype? Is there any trial in the UK he could be part of? We would travel anywhere.",
    focus: 'Huntington disease',
    types: ['research'],
  },
  // why: asks what the medicine is for (the cancer claim is also about its use) -> indication
  {
    message:
      'my dad keeps forwarding me facebook posts saying ivermectin cures cancer and "they" are hiding it. what is ivermectin actually used for? is cancer one of the things its for or not',
    focus: 'ivermectin',
    types: ['indication'],
  },
  // why: whether nightmares / suicidal thoughts come from the medicine -> side_effects
  {
    message:
      'My son is 7 and has been on Singulair for his asthma since he was 4. I just read an article about the FDA warning and kids having nightmares and suicidal thoughts on it. He has been having bad dreams for months. Could that be the medicine??',
    focus: 'montelukast',
    types: ['side_effects'],
  },
  // why: asks what the drug is prescribed for nowadays -> indication
  {
    message:
      'Respected sir/madam, I have seen one documentary about the thalidomide babies of 1960s. I was shocked to learn that this medicine is still prescribed by doctors today. Kindly tell for what purpose it is used now?',
    focus: 'thalidomide',
    types: ['indication'],
  },
  // why: whether you can catch it (from videos) -> susceptibility
  {
    message:
      "My 13yo says half the girls she follows on tiktok have tourettes and now she's started ticcing too, the same words they say. Can you actually catch tourette syndrome from watching videos??",
    focus: 'Tourette syndrome',
    types: ['susceptibility'],
  },
  // why: asks which test confirms it -> diagnosis
  {
    message:
      'venus williams talked about her sjogrens on tv. ive had dry eyes and a dry mouth for over a year now. what test do i need to find out if its sjogrens',
    focus: 'Sjogren syndrome',
    types: ['diagnosis'],
  },
  // why: is it real / what is it -> information
  {
    subject: 'broken heart syndrome',
    message:
      "After my husband died last spring I read a news story about a woman who died of a 'broken heart' a day after her daughter. Is broken heart syndrome a real medical thing? What is it exactly?",
    focus: 'takotsubo cardiomyopathy',
    types: ['information'],
  },
  // why: whether it leads to kidney damage -> complications
  {
    message:
      'Selena Gomez needed a kidney transplant because of her lupus. My little sister was diagnosed with lupus (SLE) last month and we are all terrified now. Does lupus always end up destroying the kidneys?',
    focus: 'systemic lupus erythematosus',
    types: ['complications'],
  },
  // why: survival / life expectancy -> prognosis
  {
    message:
      "there's a guy on instagram with harlequin ichthyosis who is in his 30s and travels all over. i always thought babies born with it didnt survive?? what's the life expectancy these days",
    focus: 'harlequin ichthyosis',
    types: ['prognosis'],
  },
  // why: asks only which gene -> genetic_changes
  {
    message:
      'Saw a viral video of a little boy with Angelman syndrome laughing and flapping his hands, so sweet. Which gene is it that causes Angelman?',
    focus: 'Angelman syndrome',
    types: ['genetic_changes'],
  },
  // why: how it is treated (burn unit question is the same question) -> treatment
  {
    message:
      'A girl on the local news got Stevens-Johnson syndrome after taking ibuprofen and they showed her in a burn unit. How do they treat SJS? Why a burn unit, is that the normal treatment?',
    focus: 'Stevens-Johnson syndrome',
    types: ['treatment'],
  },
  // why: how many people have it -> frequency
  {
    message:
      'I read an article online about FOP, the disease that turns muscle into bone. Honestly sounds like something from a horror film. How many people in the world actually have it?',
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['frequency'],
  },
  // why: what brings the sleep episodes on -> cause
  {
    subject: '"sleeping beauty syndrome"',
    message:
      "My nephew (16) has Kleine-Levin syndrome, diagnosed last year, and my feed is now full of articles about 'sleeping beauty syndrome'. None of them say what brings the episodes on. He had one after a flu and one after a party. What triggers them?",
    focus: 'Kleine-Levin syndrome',
    types: ['cause'],
  },
  // why: which signs to watch for -> symptoms
  {
    message:
      'the news says people are getting botulism from cheap fake botox. i had botox at a friends house last week (i know, i know). what are the symptoms i should be watching for?',
    focus: 'botulism',
    types: ['symptoms'],
  },
  // why: a named exposure (aspartame) asked as its cause -> association; cousins' chance -> inheritance
  {
    message:
      'My aunt was just diagnosed with ALS. Someone on Facebook posted that ALS is caused by aspartame in diet soda, and she drank diet coke every day of her life. Is that true? Also is ALS hereditary, should her kids (my cousins) be worried they will get it too?',
    focus: 'amyotrophic lateral sclerosis',
    types: ['association', 'inheritance'],
  },
  // why: how common it really is -> frequency; whether the daughter should be checked -> diagnosis
  {
    message:
      'It feels like everyone on TikTok has EDS now. Is Ehlers-Danlos really that common or is it a social media thing? My daughter is 11 and super bendy, she can put her thumb to her wrist. Should we get her checked for it?',
    focus: 'Ehlers-Danlos syndrome',
    types: ['frequency', 'diagnosis'],
  },
  // why: how long they live -> prognosis; whether joint pain belongs to it -> symptoms
  {
    message:
      'saw a video about a 12 yr old girl with progeria who looks like a little old lady. how long do kids with progeria usually live? and do they get joint pain like old people do',
    focus: 'Hutchinson-Gilford progeria syndrome',
    types: ['prognosis', 'symptoms'],
  },
  // why: safe in pregnancy -> contraindications; stopping it -> drug_usage
  {
    message:
      "Saw on the BBC that mums who took Epilim when pregnant had babies with birth defects and autism. I'm 29 and on Epilim for my epilepsy and we want to try for a baby next year. Is it safe to get pregnant while taking it? Can I just stop it myself when we start trying?",
    focus: 'valproic acid',
    types: ['contraindications', 'drug_usage'],
  },
  // why: whether eye damage comes from the drug -> side_effects; with omeprazole -> interactions
  {
    message:
      'I have lupus and have taken hydroxychloroquine (plaquenil) for 6 yrs. A post in my facebook group says it wrecks your eyes and people went blind. Is that true? Also my GP just added omeprazole, can I take them together?',
    focus: 'hydroxychloroquine',
    types: ['side_effects', 'interactions'],
  },
  // why: whether depression / ED come from the drug -> side_effects; how to come off it -> drug_usage
  {
    message:
      "Reddit is full of 'post-finasteride syndrome' horror stories. I'm 24 and have been on Propecia for 6 months for hair loss. Can it really cause depression and erectile problems that last after you stop? If I want to come off it, do I stop all at once or cut down slowly?",
    focus: 'finasteride',
    types: ['side_effects', 'drug_usage'],
  },
  // why: hair loss / depression from the drug -> side_effects; drinking on it -> interactions
  {
    message:
      'tiktok girls keep saying accutane made their hair fall out and gave them depression. does it?? starting it next week. also can i drink on it bc my 21st is next month lol',
    focus: 'isotretinoin',
    types: ['side_effects', 'interactions'],
  },
  // why: at risk because of eating venison -> susceptibility; a test for him -> diagnosis
  {
    message:
      'There was a news story about two hunters who ate deer meat from the same area and both died of Creutzfeldt-Jakob disease. My husband hunts every fall and we eat venison all winter. Is he at risk because of that? Is there a test to check him?',
    focus: 'Creutzfeldt-Jakob disease',
    types: ['susceptibility', 'diagnosis'],
  },
  // why: should he be tested -> diagnosis; can he play basketball -> lifestyle
  {
    subject: 'Marfan and basketball',
    message:
      "My son is 15, 6 foot 5, very thin with really long fingers and arms. Last night ESPN had a story about a college player who had to quit because of Marfan syndrome and he looked just like my son. Should he be tested for it? And if he has it, will he still be allowed to play basketball? It's his whole life.",
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'lifestyle'],
  },
  // why: could mom have it / how diagnosed -> diagnosis; how long people live -> prognosis
  {
    message:
      "since the Bruce Willis news I've been reading about FTD and I'm scared. My mom is 58 and her personality has totally changed in the last year, she is rude to strangers and spending money like crazy. Could this be frontotemporal dementia? How do they diagnose it? And how long do people live with it",
    focus: 'frontotemporal dementia',
    types: ['diagnosis', 'prognosis'],
  },
  // why: keeping kids safe -> prevention; whether pools carry the risk -> susceptibility
  {
    message:
      'brain eating amoeba is in the news again after a boy died. we are going to a lake in Texas in July with our 3 kids. how do we keep them safe from it? are they at risk in swimming pools too or only lakes',
    focus: 'primary amebic meningoencephalitis',
    types: ['prevention', 'susceptibility'],
  },
  // why: joining the CRISPR study -> research; whether the children should be tested -> diagnosis
  {
    message:
      'Hello, I read in the newspaper that a CRISPR treatment was given to people with hATTR amyloidosis and the protein went down very much. My father (74) has transthyretin amyloidosis with heart involvement. Can he take part in this study? Also, should me and my two brothers be tested for it now? Thank you very much for answer.',
    focus: 'transthyretin amyloidosis',
    types: ['research', 'diagnosis'],
  },
  // why: what causes it -> cause; will the hair grow back -> prognosis
  {
    message:
      "after the Oscars slap thing and everyone talking about Jada's alopecia I realised my round bald patches are probably alopecia areata (dermatologist confirmed yesterday). what causes it? will my hair grow back",
    focus: 'alopecia areata',
    types: ['cause', 'prognosis'],
  },
  // why: insurance paying -> other; other treatments -> treatment
  {
    message:
      "Our grandson was just diagnosed with SMA type 1 at 6 weeks old. On the news they said the gene therapy for spinal muscular atrophy costs over 2 million dollars. Will insurance pay for something like that? What other treatments are there if they won't?",
    focus: 'spinal muscular atrophy',
    types: ['other', 'treatment'],
  },
  // why: is the gene therapy a cure -> treatment; trials he can join -> research
  {
    message:
      'heard on the radio theres a gene therapy for duchenne now. my son is 9 with DMD and still walking. is it a cure? are there any trials he could get into at his age',
    focus: 'Duchenne muscular dystrophy',
    types: ['treatment', 'research'],
  },
  // why: could Zantac have caused the cancer -> side_effects; what was in it -> ingredients; getting rid of the box -> storage_disposal
  {
    subject: 'Zantac lawsuit ads',
    message:
      'I took Zantac for heartburn for almost 10 years and was diagnosed with bladder cancer in 2021. Now there are lawyer ads on TV every night saying it causes cancer. Could it have caused mine? What was the chemical in it that was the problem? And I still have a box in the cupboard, how do I get rid of it safely?',
    focus: 'ranitidine',
    types: ['side_effects', 'ingredients', 'storage_disposal'],
  },
  // why: what it's for / how it works -> indication; side effects when healthy -> side_effects; with alcohol -> interactions
  {
    message:
      "My brother-in-law heard on some podcast that tech billionaires take metformin to live longer, and now he wants it. He's not diabetic. What is metformin actually prescribed for and how does it work? Does it have side effects if you are healthy? He also drinks pretty much every night, is that a problem with metformin?",
    focus: 'metformin',
    types: ['indication', 'side_effects', 'interactions'],
  },
  // why: link with the vaccine -> association; what GBS is -> information; recovery -> prognosis
  {
    message:
      "The news said the new RSV vaccine for older adults might cause Guillain-Barre syndrome. I'm 71 and my doctor wants me to have it next week. Is there really a link between the vaccine and GBS? What is GBS exactly, and do people recover from it?",
    focus: 'Guillain-Barre syndrome',
    types: ['association', 'information', 'prognosis'],
  },
  // why: signs -> symptoms; contagious -> susceptibility; heart damage -> complications
  {
    message:
      'Hi, in my mommy group one post about a toddler with Kawasaki disease became viral. My daughter is 2 and she has fever since 3 days. Which are the signs of Kawasaki I must look? It is contagious, can my older son catch it from her? And it can damage the heart for always?',
    focus: 'Kawasaki disease',
    types: ['symptoms', 'susceptibility', 'complications'],
  },
  // why: inherited -> inheritance; how common -> frequency; surgeries -> treatment
  {
    subject: 'Questions from my 3rd grade class',
    message:
      "Hello! My third graders just finished reading Wonder and they have a lot of questions about Auggie's condition, Treacher Collins syndrome. I'd like to answer them correctly. Is it inherited? How common is it? What kind of surgeries do children like Auggie usually have? Thank you so much!",
    focus: 'Treacher Collins syndrome',
    types: ['inheritance', 'frequency', 'treatment'],
  },
  // why: getting diagnosed -> diagnosis; what kind of doctor -> find_specialist; diet -> lifestyle
  {
    subject: 'MCAS - saw it on tiktok',
    message:
      'I keep seeing influencers talk about mast cell activation syndrome and it sounds exactly like me. I get flushing, hives and a racing heart after eating, sometimes after hot showers. How would I even get diagnosed? What kind of doctor do I need to see? Is there a special diet for MCAS?',
    focus: 'mast cell activation syndrome',
    types: ['diagnosis', 'find_specialist', 'lifestyle'],
  },
  // why: is it a cure -> treatment; which hospitals -> find_specialist; odds for the baby -> inheritance
  {
    message:
      "Everybody at my church is talking about the CRISPR cure for sickle cell they saw on the news. I'm 24 and I have sickle cell disease (SS), in the hospital with crises 3-4 times a year. Is it really a cure? Which hospitals are doing it, where do I go? Also my wife has sickle cell trait and she is pregnant, what are the chances our baby has sickle cell?",
    focus: 'sickle cell disease',
    types: ['treatment', 'find_specialist', 'inheritance'],
  },
  // why: two conditions; "is it the same as" -> information; hereditary -> inheritance
  {
    message:
      'an actor i like just announced he has myasthenia gravis. is that the same thing as muscular dystrophy? and is myasthenia hereditary',
    focus: 'myasthenia gravis',
    types: ['information', 'inheritance'],
  },
  // why: two conditions; chickenpox raising the risk -> susceptibility; same as Bell's palsy -> information
  {
    message:
      "justin bieber's face thing, ramsay hunt syndrome. i had chicken pox really bad as a kid, does that mean i'm at risk of getting it? and is it the same as bells palsy, my grandpa had that",
    focus: 'Ramsay Hunt syndrome',
    types: ['susceptibility', 'information'],
  },
  // why: what causes it -> cause; test -> diagnosis; foods to avoid -> lifestyle
  {
    message:
      'I saw a woman on Embarrassing Bodies who smells of fish because of a condition called trimethylaminuria. I have had a body odour problem since I was a teenager no matter how much I wash, and people at work make comments. What causes it? Is there a test for it? What foods should I avoid?',
    focus: 'trimethylaminuria',
    types: ['cause', 'diagnosis', 'lifestyle'],
  },
];
