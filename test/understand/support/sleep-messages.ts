/**
 * "sleep" set. Messages about sleep and its disorders and their medicines and machines (narcolepsy, idiopathic
 * hypersomnia, sleep apnea, restless legs syndrome, CPAP, modafinil, sodium oxybate). Written by someone who had
 * read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 0.975, type F1 0.894). Scored by sleep.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --sleep --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const SLEEP_MESSAGES: ConsumerMessage[] = [
  {
    // "whats narcolepsy exactly" -> information (what the condition is)
    message: 'whats narcolepsy exactly',
    focus: 'narcolepsy',
    types: ['information'],
  },
  {
    // "is one beer ok with it or is that dangerous" -> interactions (the medicine with alcohol)
    // "should he still take it when he wakes up at 5am" -> drug_usage (a late or missed dose)
    subject: 'Xyrem question',
    message:
      'Hi, my husband started sodium oxybate last month for his narcolepsy. We have a wedding ' +
      'coming up - is one beer ok with it or is that dangerous? Also, some nights he sleeps through the ' +
      'alarm for the second dose, should he still take it when he wakes up at 5am? Thank you.',
    focus: 'sodium oxybate',
    types: ['interactions', 'drug_usage'],
  },
  {
    // "Could this be what he has?" -> diagnosis (whether his signs could be the condition)
    // "will he grow out of it?" -> prognosis (the course)
    // "are there any studies going on that he could be part of?" -> research (studies)
    subject: 'teenage son sleeping for days',
    message:
      'Hello. I am writing at 2am because I cannot sleep from worry. Our son is 15. Twice this ' +
      'year he has gone to bed and basically not got up for 10 days - sleeping 20 hours, waking only to ' +
      'eat huge amounts, confused, like a little child, saying everything feels unreal. Then he is ' +
      'totally normal again like nothing happened. His bloods and MRI were fine. A nurse mentioned Kleine ' +
      'Levin syndrome. Could this be what he has? If it is, will he grow out of it? And are there any ' +
      'studies going on that he could be part of? Sorry for the long message, we are all exhausted and ' +
      'his school is losing patience.',
    focus: 'Kleine-Levin syndrome',
    types: ['diagnosis', 'prognosis', 'research'],
  },
  {
    // "Can I bring the machine on the plane as carry on" -> lifestyle (travel)
    // "is that normal from the mask?" -> side_effects (whether a problem comes from the treatment)
    message:
      'New to cpap. Can I bring the machine on the plane as carry on when we fly to Spain? and the ' +
      'mask leaves red sore marks on the bridge of my nose every morning, is that normal from the mask?',
    focus: 'CPAP',
    types: ['lifestyle', 'side_effects'],
  },
  {
    // "is it hereditary?" -> inheritance (runs in families)
    // "is there a link between RLS and low iron, is that true?" -> association (link with another condition)
    subject: 'restless legs',
    message:
      'My mum had restless legs syndrome her whole life and now at 40 I have it too. is it ' +
      'hereditary? I also read somewhere there is a link between RLS and low iron, is that true?',
    focus: 'restless legs syndrome',
    types: ['inheritance', 'association'],
  },
  {
    // "Could the ropinirole itself be doing this?" -> side_effects (problem from the medicine)
    message:
      'I have been on ropinirole for about 8 months. at first it was great but now the creepy ' +
      'crawly feeling starts at lunchtime instead of bedtime and goes into my arms. Could the ropinirole ' +
      'itself be doing this?',
    focus: 'ropinirole',
    types: ['side_effects'],
  },
  {
    // "Could he have sleep apnea?" -> diagnosis (whether his signs could be it)
    // "can it lead to a heart attack or stroke?" -> complications (what happens if left untreated)
    // "is the mask thing the only treatment" -> treatment (therapies)
    subject: 'husband stops breathing at night',
    message:
      'Good evening. My husband snores like a train and sometimes he just stops breathing for what ' +
      'feels like forever and then gasps. He is tired all day and nodded off at a red light last week. ' +
      'Could he have sleep apnea? If he does and ignores it, can it lead to a heart attack or stroke? And ' +
      'is the mask thing the only treatment, because he says he will never wear one.',
    focus: 'sleep apnea',
    types: ['diagnosis', 'complications', 'treatment'],
  },
  {
    // "How can we help her sleep through the night?" -> treatment (managing the sleep problem)
    message:
      'Our daughter is 6 and has Smith-Magenis syndrome. She wakes at 2 or 3 every night and is up ' +
      'for the day, then crashes in the afternoon. Melatonin at bedtime has done nothing. We are so ' +
      'tired. How can we help her sleep through the night?',
    focus: 'Smith-Magenis syndrome',
    types: ['treatment'],
  },
  {
    // "does modafinil make the birth control pill not work?" -> interactions (with another medicine)
    // "can I take it while breastfeeding" -> contraindications (breastfeeding)
    message:
      'does modafinil make the birth control pill not work? and can I take it while breastfeeding ' +
      'my 4 month old',
    focus: 'modafinil',
    types: ['interactions', 'contraindications'],
  },
  {
    // "is idiopathic hypersomnia the same thing as narcolepsy" -> information (whether two are the same)
    subject: 'IH vs narcolepsy',
    message: 'is idiopathic hypersomnia the same thing as narcolepsy or something different?',
    focus: 'idiopathic hypersomnia',
    types: ['information'],
  },
  {
    // "what actually works for insomnia without meds??" -> treatment (managing it)
    message:
      'its 3:40am and im awake AGAIN. 4th night this week. i dont want to get hooked on sleeping ' +
      'pills. what actually works for insomnia without meds??',
    focus: 'insomnia',
    types: ['treatment'],
  },
  {
    // "Is this caused by the zolpidem?" -> side_effects (problem from the medicine)
    // "Can I just stop taking it or do I need to come off slowly?" -> drug_usage (stopping)
    // "is that a problem with it?" (wine) -> interactions (with alcohol)
    subject: 'Ambien',
    message:
      'Hi. I have taken zolpidem (Ambien) for about a year. My wife found me in the kitchen at ' +
      'night eating cereal out of the box and I have no memory of it. Is this caused by the zolpidem? Can ' +
      'I just stop taking it or do I need to come off slowly? Also I usually have a glass of wine with ' +
      'dinner, is that a problem with it?',
    focus: 'zolpidem',
    types: ['side_effects', 'drug_usage', 'interactions'],
  },
  {
    // "Why does this happen in kids?" -> cause (why it happens)
    // "Will he grow out of it?" -> prognosis (the course)
    // "what can we do to stop it happening" -> prevention (preventing episodes)
    subject: 'sleep walking 7 yr old',
    message:
      'Hello, our 7 year old son has started sleepwalking, a couple of times a week. Last night we ' +
      'found him trying to open the front door. Why does this happen in kids? Will he grow out of it? And ' +
      'what can we do to stop it happening, we are scared he will get out of the house.',
    focus: 'sleepwalking',
    types: ['cause', 'prognosis', 'prevention'],
  },
  {
    // "What are the chances I have it too?" -> inheritance (chance a relative has it)
    // "Which gene is it?" -> genetic_changes (which gene)
    // "Should me and my sister get tested" -> diagnosis (whether relatives should be tested)
    message:
      'My uncle and my grandfather both died of fatal familial insomnia. My dad is 48 and fine so ' +
      'far. What are the chances I have it too? Which gene is it? Should me and my sister get tested, or ' +
      'is it better not to know?',
    focus: 'fatal familial insomnia',
    types: ['inheritance', 'genetic_changes', 'diagnosis'],
  },
  {
    // "Could this be cataplexy?" -> diagnosis (whether the signs could be it)
    // "Does it happen when you are angry or surprised too" -> symptoms (whether a sign belongs to it)
    message:
      "When I laugh hard my knees go weak and once I actually slid to the floor, but I'm awake " +
      'the whole time. Could this be cataplexy? Does it happen when you are angry or surprised too, or ' +
      'only laughing?',
    focus: 'cataplexy',
    types: ['diagnosis', 'symptoms'],
  },
  {
    // "How common is it really?" -> frequency (how common)
    // "Are there any support groups" -> find_specialist (support groups)
    subject: 'feeling alone',
    message:
      'I was just diagnosed with narcolepsy at 22 and nobody I know has ever heard of it. How ' +
      'common is it really? Are there any support groups where I could talk to other people who have it?',
    focus: 'narcolepsy',
    types: ['frequency', 'find_specialist'],
  },
  {
    // "Is there really a link between acting out dreams and Parkinson's disease?" -> association (link)
    message:
      'My husband (68) punches and kicks in his sleep, he is acting out his dreams, and last week ' +
      "he fell out of bed. I read online that this is connected to Parkinson's. Is there really a link " +
      "between acting out dreams and Parkinson's disease?",
    focus: "Parkinson's disease",
    types: ['association'],
  },
  {
    // "should the bottles go in the fridge?" -> storage_disposal (storing)
    // "how do I get rid of the leftover medicine" -> storage_disposal (throwing away)
    subject: 'storing oxybate',
    message:
      'hi, after I mix the sodium oxybate doses at night should the bottles go in the fridge? and ' +
      'how do I get rid of the leftover medicine I no longer need, can it go down the sink?',
    focus: 'sodium oxybate',
    types: ['storage_disposal'],
  },
  {
    // "how does it actually work in the brain?" -> indication (how the medicine works)
    message:
      'my doctor just gave me modafinil for shift work sleepiness, how does it actually work in ' +
      'the brain?',
    focus: 'modafinil',
    types: ['indication'],
  },
  {
    // "Does armodafinil contain lactose?" -> ingredients (what it contains)
    message: 'Does armodafinil contain lactose? I am very intolerant.',
    focus: 'armodafinil',
    types: ['ingredients'],
  },
  {
    // "Is the trazodone doing that?" -> side_effects (problem from the medicine)
    message:
      'Started trazodone 50mg for sleep 3 nights ago. I feel like a zombie until about 11am. Is ' +
      'the trazodone doing that?',
    focus: 'trazodone',
    types: ['side_effects'],
  },
  {
    // "Will my insurance cover a CPAP machine" -> other (insurance)
    subject: 'cost of cpap',
    message: 'Will my insurance cover a CPAP machine or do I have to buy it myself?',
    focus: 'CPAP',
    types: ['other'],
  },
  {
    // "can thin people get it too?" -> susceptibility (who is at risk)
    // "Is surgery an option instead of wearing a mask forever?" -> treatment (surgery)
    message:
      "I'm 31, not overweight and don't drink, but my sleep study showed mild obstructive sleep " +
      'apnea. I thought only heavy people get it, can thin people get it too? Is surgery an option ' +
      'instead of wearing a mask forever?',
    focus: 'obstructive sleep apnea',
    types: ['susceptibility', 'treatment'],
  },
  {
    // "Could this be non-24?" -> diagnosis (whether the signs could be it)
    // "what treatments are there besides tasimelteon" -> treatment (therapies)
    subject: 'non-24?',
    message:
      'I am totally blind since birth. My sleep keeps sliding later and later every day until I am ' +
      'sleeping in the daytime, then it comes back around. Could this be non-24? And what treatments are ' +
      "there besides tasimelteon, which my insurance won't pay for?",
    focus: 'Non-24-hour sleep-wake syndrome',
    types: ['diagnosis', 'treatment'],
  },
  {
    // "Is daytime sleepiness part of PWS?" -> symptoms (whether a sign belongs to it)
    // "Can it also lead to breathing problems at night?" -> complications (other problems it leads to)
    message:
      'Our daughter has Prader-Willi syndrome and her teacher says she falls asleep in class every ' +
      'afternoon. Is daytime sleepiness part of PWS? Can it also lead to breathing problems at night?',
    focus: 'Prader-Willi syndrome',
    types: ['symptoms', 'complications'],
  },
  {
    // "Am I allowed to drive?" -> lifestyle (driving, daily life)
    // "Will it get worse as I get older?" -> prognosis (whether it gets worse)
    // "if I have kids one day will they get it from me?" -> inheritance (chance a child gets it)
    message:
      "hey so I'm 17 and was diagnosed with narcolepsy last year. Am I allowed to drive? I'm " +
      'supposed to take my test in May. Will it get worse as I get older? And if I have kids one day will ' +
      'they get it from me?',
    focus: 'narcolepsy',
    types: ['lifestyle', 'prognosis', 'inheritance'],
  },
  {
    // "Are there any clinical trials for idiopathic hypersomina in the UK?" -> research (clinical trials)
    message: 'Are there any clinical trials for idiopathic hypersomina in the UK?',
    focus: 'idiopathic hypersomnia',
    types: ['research'],
  },
  {
    // "Can he still have his glass of wine in the evening with it?" -> interactions (with alcohol)
    // "is it addictive if he takes it for years?" -> side_effects (dependence from the medicine)
    subject: 'clonazepam for dream acting',
    message:
      'The sleep doctor put my husband on clonazepam because he acts out his dreams. Can he still ' +
      'have his glass of wine in the evening with it? And is it addictive if he takes it for years?',
    focus: 'clonazepam',
    types: ['interactions', 'side_effects'],
  },
  {
    // "Does being pregnant make you more likely to get it?" -> susceptibility (a condition raising the risk)
    // "Will it go away after the baby comes?" -> prognosis (the course)
    // "what can I do for it that is safe for the baby?" -> treatment (managing it)
    message:
      "I'm 28 weeks pregnant and every night my legs feel like they have ants in them and I have " +
      'to get up and walk. My midwife says restless legs. Does being pregnant make you more likely to get ' +
      'it? Will it go away after the baby comes? And what can I do for it that is safe for the baby?',
    focus: 'restless legs syndrome',
    types: ['susceptibility', 'prognosis', 'treatment'],
  },
  {
    // "What time should I take pramipexole" -> drug_usage (timing)
    message:
      'What time should I take pramipexole for restless legs, right at bedtime or earlier in the ' +
      'evening?',
    focus: 'pramipexole',
    types: ['drug_usage'],
  },
  {
    // "Is there a link between menopause and insomnia?" -> association (link between two conditions)
    subject: 'menopause and sleep',
    message:
      'Is there a link between menopause and insomnia? I am 51 and have not slept properly in a ' + 'year.',
    focus: 'insomnia',
    types: ['association'],
  },
  {
    // "Are these night terrors?" -> diagnosis (whether her signs could be it)
    // "Are night terrors the same thing as nightmares?" -> information (whether two are the same)
    message:
      'Our 3 year old wakes up about an hour after going to bed screaming, eyes open, sweaty, and ' +
      "doesn't seem to know us. In the morning she remembers nothing. Are these night terrors? Are night " +
      'terrors the same thing as nightmares?',
    focus: 'night terrors',
    types: ['diagnosis', 'information'],
  },
  {
    // "Which gene is it?" -> genetic_changes (which gene)
    // "What is the life expectancy for children with CCHS?" -> prognosis (life expectancy)
    // "is there a hospital that specializes in this condition?" -> find_specialist (expert centers)
    subject: 'newborn CCHS',
    message:
      'Our baby boy is 3 weeks old and still in the NICU. He stops breathing when he falls asleep ' +
      'and they have now diagnosed congenital central hypoventilation syndrome. The doctors keep saying ' +
      'the name of a gene but we were too overwhelmed to take it in. Which gene is it? What is the life ' +
      'expectancy for children with CCHS? And is there a hospital that specializes in this condition? We ' +
      'live in Ohio. Thank you for anything you can tell us.',
    focus: 'congenital central hypoventilation syndrome',
    types: ['genetic_changes', 'prognosis', 'find_specialist'],
  },
  {
    // "is it safe to give my 4yr old benadryl" -> contraindications (precautions in young children)
    message: 'is it safe to give my 4yr old benadryl (diphenhydramine) so she sleeps on a 10 hour flight?',
    focus: 'diphenhydramine',
    types: ['contraindications'],
  },
  {
    // "What is the difference between the two?" -> information (difference between two conditions)
    // "Did his heart failure cause it?" -> association (a named condition asked as its cause)
    // "Will a CPAP help with the central type?" -> treatment (therapies)
    subject: 'dad - central apnea',
    message:
      'My father has heart failure and after his sleep study the doctor said he has central sleep ' +
      'apnea, not the obstructive kind. What is the difference between the two? Did his heart failure ' +
      'cause it? Will a CPAP help with the central type?',
    focus: 'central sleep apnea',
    types: ['information', 'association', 'treatment'],
  },
  {
    // "how rare is kleine levin syndrome?" -> frequency (how rare)
    // "what sets off the sleepy episodes" -> cause (what brings on its attacks)
    message:
      'how rare is kleine levin syndrome? and what sets off the sleepy episodes, my daughters ' +
      'started after a flu',
    focus: 'Kleine-Levin syndrome',
    types: ['frequency', 'cause'],
  },
  {
    // "Can this cause behaviour problems at school?" -> complications (other problems it leads to)
    // "Will taking his tonsils out fix it?" -> treatment (surgery)
    message:
      'My 5 year old snores loudly, sleeps with his mouth open and the ENT thinks he has sleep ' +
      'apnea because of big tonsils. Can this cause behaviour problems at school? Will taking his tonsils ' +
      'out fix it?',
    focus: 'sleep apnea',
    types: ['complications', 'treatment'],
  },
  {
    // "can you recommend where to go?" -> find_specialist (clinics)
    message:
      'Looking for a sleep clinic near Leeds that does CBT for insomnia, can you recommend where ' + 'to go?',
    focus: 'insomnia',
    types: ['find_specialist'],
  },
  {
    // "Can it stunt his growth?" -> side_effects (a medicine's side effect)
    // "should he take breaks from it at weekends" -> drug_usage (when to take or pause it)
    subject: "son's ritalin",
    message:
      'Our 12 year old takes methylphenidate for his narcolepsy. Can it stunt his growth? And ' +
      'should he take breaks from it at weekends or during the summer holidays?',
    focus: 'methylphenidate',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "Is this sleep paralysis?" -> diagnosis (whether the signs could be it)
    // "Can it turn into narcolepsy later on?" -> complications (turning into another condition)
    message:
      "I keep waking up and I can't move at all, and I feel like someone is standing in the room. " +
      'It lasts maybe a minute. Is this sleep paralysis? Can it turn into narcolepsy later on?',
    focus: 'Isolated sleep paralysis',
    types: ['diagnosis', 'complications'],
  },
];
