/**
 * "coping" set: 40 messages from people living with a rare condition day to day, or caring for a child,
 * partner or parent who does. They write about fatigue, pain, school, work, sport, travel, diet,
 * relationships, mood, siblings, telling others and finding other families, with the medical questions that
 * come up along the way. Often emotional and long, with a lot of story and some questions phrased as wishes. 3
 * messages are about a medicine (pyridostigmine, hydroxyurea, Plaquenil). 13 have a subject line.
 *
 * Written by someone who had read neither the understanding or retrieval code nor any earlier set, following
 * the labeling guide (src/understand/README.md) and checking only that each focus is a name the knowledge base
 * holds. Scored once before anything was changed against it: focus 0.975, type F1 0.671 (see BENCHMARKS.md).
 * Scored by coping.test.ts and by `npx tsx test/understand/support/score-messages.ts --coping --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const COPING_MESSAGES: ConsumerMessage[] = [
  {
    // "wish I knew whether the EDS is going to keep getting worse" = prognosis; "what do schools usually put in place" = lifestyle; "anything that actually helps the exhaustion" = treatment.
    subject: 'school is falling apart',
    message:
      "My daughter is 15 and was diagnosed with hypermobile EDS last spring, and the cardiologist now thinks she has POTS on top of it. She has missed nearly half of this term. Some mornings she can't get out of bed, her knees and shoulders slip out doing nothing, and her teachers think she's skiving. I just wish I knew whether the EDS is going to keep getting worse as she grows or whether some girls settle down after puberty. What do schools usually put in place for kids with EDS? And is there anything that actually helps the exhaustion? She's tried everything her GP suggested.",
    focus: 'EDS',
    types: ['prognosis', 'lifestyle', 'treatment'],
  },
  {
    // "is that the pyridostigmine doing it" = side_effects; "can I move the doses around my shifts" = drug_usage.
    message:
      "I've had myasthenia gravis for three years and take pyridostigmine 4 times a day. Since I went back to work on 12 hour shifts in a warehouse the stomach cramps and runs have been awful, I'm scared to be far from a toilet. Is that the pyridostigmine doing it? And can I move the doses around so I take more before my shift and less in the evening, or does it have to be evenly spaced? I don't want to bother my neurologist with every little thing.",
    focus: 'pyridostigmine',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "does hydroxyurea affect whether he can have children" = side_effects; "does he have to take it for life or can he stop" = drug_usage.
    message:
      "My son is 16 and has sickle cell disease. He's had three crises this year and missed his exams, so the haematologist wants to start hydroxyurea. He read online that it can make you infertile and now he refuses point blank. Does hydroxyurea affect whether he can have children later on? And if he starts it, does he have to take it for the rest of his life or can he stop once things calm down?",
    focus: 'hydroxyurea',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // "do I have to come off it before we try / ok when breastfeeding" = contraindications; "why the eye checks, is it damaging my eyes" = side_effects.
    subject: 'Plaquenil and trying for a baby',
    message:
      "I've had lupus for six years and honestly Plaquenil gave me my life back, I can work full time again and walk the dog. My husband and I want to start trying for a baby next year. Do I have to come off it before we try, and would it be ok while I'm breastfeeding? Also, why do they keep sending me for eye checks, is it damaging my eyes?",
    focus: 'Plaquenil',
    types: ['contraindications', 'side_effects'],
  },
  {
    // "whether I should be tested" = diagnosis; "what are the chances my two boys get it" = inheritance; "somewhere I can talk it through before I decide" (genetic counseling) = find_specialist.
    message:
      "My mum was diagnosed with Huntingtons two years ago, she's 58. I look after her most days now, and with my own kids and a job it's a lot. Watching her change is breaking my heart, she gets so angry and then doesn't remember. I'm 34 and I keep going back and forth about whether I should be tested. Some days I want to know, some days I really don't. If I do carry it, what are the chances my two boys get it? And is there somewhere I can talk it through with someone who understands, before I decide?",
    focus: 'Huntington disease',
    types: ['diagnosis', 'inheritance', 'find_specialist'],
  },
  {
    // "will he lose the use of his arms as well" = prognosis; "could she be a carrier, could her children have it" = inheritance.
    message:
      "Our son Jack is 10 and has DMD. He got his powerchair in the summer and to be honest it has given him some freedom back, but he's noticed he can't lift his arms to brush his hair now and he asked me if that will go too. I didn't know what to say. Will he lose the use of his arms as well? His little sister Molly is 6 and she adores him. Could she be a carrier, and if she is, could her own children have it one day?",
    focus: 'DMD',
    types: ['prognosis', 'inheritance'],
  },
  {
    // "is it ok for me to keep playing" = lifestyle; "would ankle braces help" = treatment.
    message:
      'hi im 14 and i have CMT like my dad. i love football and play for a team but my ankles keep rolling and my legs are dead after every match. is it ok for me to keep playing or is it making it worse? would those ankle braces help me?',
    focus: 'CMT',
    types: ['lifestyle', 'treatment'],
  },
  {
    // "anything newer for the pain" = treatment; "is anyone actually researching this" = research; "could the car crash have set it off" = cause.
    subject: 'Fibromyalgia and work',
    message:
      "I'm 41 and have had fibro for eight years. I work on the tills in a supermarket and standing for a full shift leaves me in tears by the time I get home. I've been on amitriptyline and then gabapentin, did physio, did the pain management course. I'm not giving up but I'm tired of being told to pace myself. Is there anything newer for the pain that I might not have been offered? Is anyone actually researching this, or is it still seen as all in our heads? And I've always wondered, could the car crash I was in back in 2015 have set it off? It all started a few months after.",
    focus: 'fibromyalgia',
    types: ['treatment', 'research', 'cause'],
  },
  {
    // "is a 9 hour flight ok for her lungs / anything about the heat and salt" = lifestyle; "does travel insurance cover kids with CF" = other.
    message:
      "We're taking our daughter abroad for the first time, she's 7 and has CF. It's a 9 hour flight to Florida. Is flying that long ok for her lungs, and do we need to do anything about the heat, like extra salt? Also does anyone know if normal travel insurance covers kids with CF or do we need a special policy?",
    focus: 'CF',
    types: ['lifestyle', 'other'],
  },
  {
    // "will it get worse as I get older" = prognosis; "am I allowed to drive" = lifestyle.
    message:
      'I was diagnosed with narcolepsy last year at 24, after years of being called lazy. I fall asleep in meetings and my boyfriend gets hurt when I doze off mid conversation. He says he understands but I can tell it gets to him. Will it get worse as I get older? And am I allowed to drive? I passed my test before any of this and driving is the only way I can get to work.',
    focus: 'narcolepsy',
    types: ['prognosis', 'lifestyle'],
  },
  {
    // "does Gaucher disease cause bone pain like this" = symptoms; "what can be done for it" = treatment.
    message:
      "Does Gaucher disease cause bone pain like this? My husband was diagnosed in his 30s and never had pain before, now his legs ache so badly at night he's barely sleeping. What can be done for it?",
    focus: 'Gaucher disease',
    types: ['symptoms', 'treatment'],
  },
  {
    // "is there a group for Rett parents" = find_specialist; "will she live into adulthood" = prognosis; "funding for a ceiling hoist" = other.
    message:
      "My daughter Ellie is 11 and has Rett syndrome. I'm her full-time carer, her dad works away, and I haven't had a night off in over two years. She has seizures, she can't use her hands, she talks with her eyes and a tablet and she is the funniest, most stubborn girl. I just feel so alone. Is there a group for Rett parents I could talk to? I also can't bring myself to ask her doctors this, but will she live into adulthood? And does anyone know if there's funding for a ceiling hoist, my back is going.",
    focus: 'Rett syndrome',
    types: ['find_specialist', 'prognosis', 'other'],
  },
  {
    // "is there a diet plan that works for PWS kids" = lifestyle; "will the food seeking get worse as he gets older" = prognosis.
    subject: 'food locks and the rest of the family',
    message:
      "Our son is 6 and has Prader Willi. We've had to put locks on the fridge and the cupboards and his older sister (9) is starting to resent it, she can't have friends over without it being a whole thing. Is there a diet plan that works for PWS kids that the whole family can follow? And will the food seeking get worse as he gets older? People keep telling us the teenage years are the hardest.",
    focus: 'Prader Willi',
    types: ['lifestyle', 'prognosis'],
  },
  {
    // "will it get worse when he hits puberty" = prognosis; "can the lumps turn into cancer" = complications.
    message:
      "My son has NF1. He's 11 and has lots of cafe au lait spots and a few small lumps on his arms and back. He's started getting asked about them in the changing rooms at school and he's come home upset twice now. Will it get worse when he hits puberty, with more lumps? Can they ever turn into cancer? I'm trying to work out what to tell him.",
    focus: 'NF1',
    types: ['prognosis', 'complications'],
  },
  {
    // "what happens long term if she keeps eating gluten" = complications; "should her younger brother be tested" = diagnosis.
    message:
      "My daughter is 13 and has coeliac. She's fine at home but at sleepovers and parties she just eats the pizza because she doesn't want to be the odd one out, and then she's ill for two days. What actually happens long term if she keeps eating gluten now and then? Should her younger brother be tested too, he gets tummy aches sometimes?",
    focus: 'coeliac',
    types: ['complications', 'diagnosis'],
  },
  {
    // "is high altitude a problem" = lifestyle; "how do I stop a stomach bug turning into an adrenal crisis" = prevention.
    subject: 'Trekking with Addisons',
    message:
      "I've had Addison's disease for 10 years and it's well controlled. I've booked a trek in Nepal for next April, it's something I've wanted to do since I was a kid, and my endocrinologist seemed a bit nervous. Is high altitude a problem with Addison's? And if I get a stomach bug out there, how do I stop it turning into an adrenal crisis when I'm days from a hospital?",
    focus: "Addison's disease",
    types: ['lifestyle', 'prevention'],
  },
  {
    // "anything safe for the pain for a tiny baby" = treatment; "will the blistering get less" = prognosis; "how do we find other families with EB" = find_specialist.
    message:
      "Our baby girl was born 7 weeks ago with epidermolysis bullosa. Every nappy change and bath is agony for her and for us. We're told it's probably the dystrophic type but we're still waiting for the genetics. Is there anything safe for the pain for such a tiny baby? Will the blistering get less as her skin gets older? And how do we find other families with EB? We don't know anyone and I feel like I'm going mad.",
    focus: 'epidermolysis bullosa',
    types: ['treatment', 'prognosis', 'find_specialist'],
  },
  {
    // "what are the chances I'd pass it on" = inheritance; "can they tell during the pregnancy" = diagnosis.
    message:
      "I have OI, type 1, and I've had about 30 fractures in my life, fewer since I became an adult. My partner and I are thinking about a baby. What are the chances I'd pass it on? Can they tell during the pregnancy whether the baby has it? I'm not sure what we'd do with the answer but I'd want to be prepared.",
    focus: 'OI',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "is this level of anxiety part of Williams syndrome" = symptoms; "what helps" = treatment.
    message:
      "My son (12) has Williams syndrome. He's the friendliest kid you'll ever meet but his anxiety has gone through the roof this year, he panics about thunderstorms, about the bus being late, about me dying. Is this level of anxiety part of Williams syndrome? What helps? We've tried a visual timetable and it helps a bit.",
    focus: 'Williams syndrome',
    types: ['symptoms', 'treatment'],
  },
  {
    // "does it go away when you grow up" = prognosis.
    message:
      'does tourettes go away when you grow up? im 12 and my tics are really bad at school and people copy them',
    focus: 'Tourette syndrome',
    types: ['prognosis'],
  },
  {
    // "can stress really bring on attacks" = cause; "how can I stop them happening so often" = prevention.
    message:
      "I have hereditary angioedema. The last four swellings have all come after horrible weeks at work, one was in my throat and I ended up in A&E. Can stress really bring on attacks or am I imagining it? How can I stop them happening so often? I can't keep taking time off.",
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention'],
  },
  {
    // "is there any sport he can still do" = lifestyle; "what could happen to his heart if he kept playing" = complications.
    subject: 'Marfan syndrome and basketball',
    message:
      "My son is 15, 6ft 5 and just diagnosed with it. He has lived for basketball since he was 8 and the cardiologist told him no more competitive games. He's hardly left his room since. Is there any sport he can still do properly, not just walking? What could actually happen to his heart if he kept playing?",
    focus: 'Marfan syndrome',
    types: ['lifestyle', 'complications'],
  },
  {
    // "is there any treatment for adults like me" = treatment; "are there trials that take adults" = research.
    message:
      "I'm 32 and have SMA type 3. I walked until I was 19, now I use a chair and live on my own with carers coming in twice a day. I keep reading about all the new treatments for babies, and I'm happy for those families, I really am, but it stings a bit. Is there any treatment for adults like me now? Are there trials that take adults?",
    focus: 'SMA',
    types: ['treatment', 'research'],
  },
  {
    // "can growth hormone still help her height" = treatment; "is struggling with maths and finding her way part of Turner syndrome" = symptoms.
    message:
      "Our daughter was diagnosed with Turner syndrome at 8 after years of being the smallest in her class. She's bright and funny but she's starting to notice. Can growth hormone still help her height at this age? Her teacher says she really struggles with maths and with finding her way around the new school, is that part of Turner syndrome?",
    focus: 'Turner syndrome',
    types: ['treatment', 'symptoms'],
  },
  {
    // "wish I knew if I'll ever get back to normal / do people recover" = prognosis; "could the flu have caused it" = cause.
    subject: 'five years in',
    message:
      "I've had ME/CFS for five years now. Before it I was a primary school teacher and ran half marathons. Now a shower means lying down for an hour afterwards and some weeks I can't sit up long enough to eat. My friends have drifted off and I don't blame them. I just wish I knew if I'll ever get back to some kind of normal life. Do people recover? Could the bad flu I had in 2019 have caused it? It started right after that.",
    focus: 'ME/CFS',
    types: ['prognosis', 'cause'],
  },
  {
    // "should she be screened anyway" = diagnosis; "anything I can do with my diet to slow it down" = lifestyle.
    message:
      "My dad and I both have polycystic kidney disease. Dad's on dialysis now and I'm at about 60% kidney function at 36. My younger sister is 28 and refuses to get checked, she says she'd rather not know. Should she be screened anyway, is there any point if nothing can be done? And is there anything I can do with my diet to slow mine down?",
    focus: 'polycystic kidney disease',
    types: ['diagnosis', 'lifestyle'],
  },
  {
    // "anything that stops the flare-ups coming back" = prevention; "is there a link between Behcets and Crohn's" = association.
    subject: 'mouth ulcers again',
    message:
      "I've got Behcets and the ulcers in my mouth are so bad this month I can barely talk on the phone, and I work in a call centre. Is there anything that stops the flare-ups coming back every few weeks? Also my gut's been bad and my cousin has Crohn's disease, is there a link between Behcets and Crohn's?",
    focus: 'Behcet disease',
    types: ['prevention', 'association'],
  },
  {
    // "is being exhausted all the time part of sarcoidosis" = symptoms.
    message:
      "Is being exhausted all the time part of sarcoidosis even when my scans are clear? My consultant says the sarcoid is quiet but I'm sleeping 11 hours and still dragging myself through the day.",
    focus: 'sarcoidosis',
    types: ['symptoms'],
  },
  {
    // "can it come back after surgery" = prognosis; "am I ok to go back to lifting weights" = lifestyle.
    message:
      'Had decompression surgery for a Chiari malformation 14 months ago and I was doing so well. The last few weeks the headache at the back of my head is back when I cough or pick up my toddler. Can it come back after surgery? And am I ok to go back to lifting weights at the gym or should I stop for good?',
    focus: 'Chiari malformation',
    types: ['prognosis', 'lifestyle'],
  },
  {
    // "explain what it is in plain words" = information; "could her baby have it too" = inheritance; "should she be tested now" = diagnosis.
    subject: 'my grandson has Fragile X',
    message:
      "My grandson was diagnosed with Fragile X syndrome at 3. My eldest daughter is his mum and she's coping better than I am. The doctors used a lot of words I didn't follow, could someone explain what it actually is in plain words? Now my younger daughter is 20 weeks pregnant and everyone's worried. Is there a chance her baby could have it too? Should she be tested now, or is it too late in the pregnancy? We're a close family and this has knocked us all.",
    focus: 'Fragile X syndrome',
    types: ['information', 'inheritance', 'diagnosis'],
  },
  {
    // "anything else for the pain, surgery?" = treatment; "does TN keep getting worse" = prognosis.
    message:
      "Trigeminal neuralgia for 4 years. Carbamazepine works but I'm a zombie on it, I've had two warnings at work for mistakes. Is there anything else for the pain that won't knock me flat? Surgery? And does TN keep getting worse over the years? The gaps between attacks are getting shorter.",
    focus: 'trigeminal neuralgia',
    types: ['treatment', 'prognosis'],
  },
  {
    // "is it safe for her to swim and do PE" = lifestyle; "could her little brother have it too" = inheritance.
    message:
      "Our daughter had surgery for moyamoya disease last year aged 7. She's doing amazingly but I'm terrified all the time. Is it safe for her to swim and do PE now? Her neurologist mentioned hard crying and blowing into things like a recorder could be a problem, so we're walking on eggshells at home. Could her little brother have it too?",
    focus: 'moyamoya disease',
    types: ['lifestyle', 'inheritance'],
  },
  {
    // "is the anxiety part of SPS" = symptoms; "how rare is it really" = frequency; "will I end up in a wheelchair" = prognosis; "anyone in Scotland who specialises" = find_specialist.
    subject: 'stiff person syndrome - feeling very alone',
    message:
      "I was finally diagnosed last month after 3 years of falls. My back and legs lock up if someone slams a door and I've become scared to go out in case I freeze in the street. Is the anxiety part of SPS or is that just me? How rare is it really, my GP said he'd never seen a case. Will I end up in a wheelchair? And is there anyone in Scotland who specialises in it?",
    focus: 'SPS',
    types: ['symptoms', 'frequency', 'prognosis', 'find_specialist'],
  },
  {
    // "is he likely to need dialysis, and when" = prognosis; "is it ok for him to drink alcohol" = lifestyle.
    message:
      "Our son is 17 and has Alport syndrome, the X-linked kind. He already wears hearing aids and there's protein in his urine. He wants to go to university 300 miles away and we're trying hard not to hold him back. Is he likely to need dialysis, and roughly when? Is it ok for him to drink alcohol with his kidneys, because let's be honest he's going to?",
    focus: 'Alport syndrome',
    types: ['prognosis', 'lifestyle'],
  },
  {
    // "is it contagious, could I give it to him" = susceptibility; "anything that actually clears it" = treatment.
    subject: 'is it catching?',
    message:
      "I've got hidradenitis suppurativa (HS) in my armpits and groin. I've just started seeing someone and I'm dreading the moment things get intimate. Is it contagious, could I give it to him? And is there anything that actually clears it? I've done four rounds of antibiotics.",
    focus: 'hidradenitis suppurativa',
    types: ['susceptibility', 'treatment'],
  },
  {
    // "do I have to go back on the low protein diet" = lifestyle; "what happens to the baby if my levels are high" = complications.
    message:
      "I'm 29 and have PKU. I came off the diet at 15 like a lot of people did and to be honest I've been fine, a bit foggy sometimes. Now my husband and I want to try for a baby. Do I really have to go back on the low protein diet before we start trying? What happens to the baby if my levels are high?",
    focus: 'PKU',
    types: ['lifestyle', 'complications'],
  },
  {
    // "will it go away after the menopause" = prognosis; "will it stop me having children" = complications.
    message:
      "I've had endo since I was 17, I'm 33 now, two laparoscopies and I still spend a few days every month on the bathroom floor. My partner is brilliant but I can see it wearing him down too. Will it go away after the menopause? And will it stop me having children? We haven't started trying yet.",
    focus: 'endo',
    types: ['prognosis', 'complications'],
  },
  {
    // "how do we stop the long seizures happening" = prevention; "chances another baby would have it" = inheritance; "which gene is it" = genetic_changes.
    subject: 'Dravet and our next baby',
    message:
      "Our son is 4 and has Dravet syndrome. His seizures are still coming weekly despite three medicines, and his big sister (7) has seen him go blue twice and now won't sleep in her own room. How do we stop the long seizures happening? We'd love another child one day. What are the chances another baby would have it? And which gene is it? The genetics letter just said 'de novo variant' and nobody explained.",
    focus: 'Dravet syndrome',
    types: ['prevention', 'inheritance', 'genetic_changes'],
  },
  {
    // "will I go completely blind" = prognosis; "any gene therapy trials I could join" = research.
    message:
      "I'm 19 and have Usher syndrome type 2. I've worn hearing aids since I was little and that's fine, that's just me. But my night vision has gone and now I'm bumping into things at the edges. I've had to give up my provisional licence. Will I go completely blind? Are there any gene therapy trials I could join? I'm in my first year at uni and trying not to think about it but it's always there.",
    focus: 'Usher syndrome type 2',
    types: ['prognosis', 'research'],
  },
  {
    // "what actually triggers the reactions" = cause; "is it realistic for me to go (heat, flight)" = lifestyle.
    subject: 'mast cell activation syndrome - travel',
    message:
      "I was diagnosed with MCAS six months ago. Heat, perfume, some foods and even stress set me off, flushing, racing heart, throat feeling tight. What actually triggers the reactions, is it different for everyone? My sister's getting married in Spain in August and I'm panicking about the heat and the flight. Is it realistic for me to go?",
    focus: 'mast cell activation syndrome',
    types: ['cause', 'lifestyle'],
  },
];
