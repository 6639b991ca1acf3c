/**
 * "intimate" set: 40 messages on sexual, reproductive and intimate health, often written with
 * embarrassment, euphemism or in a rush: infections, erectile dysfunction, menopause, periods, fertility,
 * contraception, incontinence, prostate and rarer conditions; what it is, whether it passes on, tests,
 * treatments and medicines, children, who to see. Written by someone who had read neither the understanding
 * or retrieval code nor any earlier set, following the labeling guide (src/understand/README.md) and
 * checking only that each focus is a name the knowledge base holds. First scored before any change for it:
 * focus 0.950, type F1 0.775. Scored by intimate.test.ts and by `npx tsx test/understand/support/score-messages.ts --intimate --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const INTIMATE_MESSAGES: ConsumerMessage[] = [
  {
    // "can u catch clamydia from oral" = susceptibility (whether someone can catch it). "clamydia" is the
    // message's misspelling of chlamydia.
    message: 'can u catch clamydia from oral?? asking for a friend',
    focus: 'clamydia',
    types: ['susceptibility'],
  },
  {
    // "is this just my age" = cause (why it happens); "is there actually something that can be done about it"
    // = treatment; "who is the right person to see" = find_specialist.
    subject: 'Personal question',
    message:
      "I'm 58 and for about a year I've had erection problems. It started now and again and now it's most of the time, which is not great for my marriage. I'm not on any tablets and I'm reasonably fit. Is this just my age, or could something else be behind it? Is there actually something that can be done about it? My wife keeps saying I should go to a urologist but I'd rather start with my GP if possible. Who is the right person to see? Thank you and sorry for the awkward email.",
    focus: 'erection problems',
    types: ['cause', 'treatment', 'find_specialist'],
  },
  {
    // "is it safe to take Viagra with my heart tablets (isosorbide mononitrate)" = interactions.
    message:
      'Is it safe to take Viagra with my heart tablets? I take isosorbide mononitrate every morning. My doctor is on leave and I did not want to ask the pharmacist in front of the queue.',
    focus: 'Viagra',
    types: ['interactions'],
  },
  {
    // "how long after do I have to take the morning after pill" = drug_usage (timing); "is it ok if I'm
    // breastfeeding" = contraindications.
    subject: 'urgent - condom split',
    message:
      "Condom split last night around 11pm. How long after do I have to take the morning after pill, is it too late by tonight? And is it ok if I'm breastfeeding, my baby is 5 months old.",
    focus: 'morning after pill',
    types: ['drug_usage', 'contraindications'],
  },
  {
    // "is this the menapause starting" = diagnosis (could this be X); "is there a test that tells you for sure"
    // = diagnosis again, so once. "menapause" is the message's misspelling of menopause.
    message:
      'im 46, periods all over the place, some months nothing then 2 in a month, night sweats, cant sleep, crying at adverts. is this the menapause starting?? is there a test that tells you for sure',
    focus: 'menapause',
    types: ['diagnosis'],
  },
  {
    // "can I still take HRT when my mum had breast cancer" = contraindications (who should not take it).
    message:
      "My GP has offered me HRT for hot flushes, which are honestly ruining my life. But my mum had breast cancer at 60 and I'm scared. Can I still take HRT when my mum had breast cancer?",
    focus: 'HRT',
    types: ['contraindications'],
  },
  {
    // "is there a diet that actually helps" = lifestyle; "will it stop me getting pregnant" = complications
    // (its effect on fertility).
    subject: 'Endometriosis',
    message:
      "Hi, after 9 years of being told my periods were 'just bad' I finally had a laparoscopy in March and they found endometriosis on my bowel and ovaries. They burned some of it off and I'm waiting for a follow up, which could be months. In the meantime everyone online is telling me to cut out gluten, dairy, sugar, caffeine, everything. Is there a diet that actually helps with endometriosis or is that nonsense? And the thing I'm really worried about, and that nobody has answered properly: will it stop me getting pregnant? My partner and I want to start trying next year. Thank you.",
    focus: 'endometriosis',
    types: ['lifestyle', 'complications'],
  },
  {
    // "what is MRKH syndrome exactly" = information; "will she ever be able to have a baby" = complications
    // (effect on fertility); "what treatment is there so she can have a normal sex life" = treatment;
    // "is there a support group for girls her age" = find_specialist.
    subject: 'Daughter just diagnosed',
    message:
      "Our daughter is 16 and had never had a period, so after a lot of pushing she had a scan and an MRI and yesterday the gynaecologist told us she has MRKH syndrome. She was born without a womb and with a very short vagina. We were in shock and didn't take much in. What is MRKH syndrome exactly? Will she ever be able to have a baby? What treatment is there so that she can have a normal sex life when she's older? She is devastated and won't talk to us. Is there a support group for girls her age? Please help, we feel completely lost.",
    focus: 'MRKH syndrome',
    types: ['information', 'complications', 'treatment', 'find_specialist'],
  },
  {
    // "was it something that we passed on to him" = inheritance; "will he be able to father children" =
    // complications (effect on fertility).
    message:
      "My son is 14 and has just been diagnosed with Klinefelters syndrome after blood tests for late puberty. My husband blames himself. Was it something that we passed on to him? And will he be able to father children when he's grown up?",
    focus: 'Klinefelters syndrome',
    types: ['inheritance', 'complications'],
  },
  {
    // "could this be Peyronies disease" = diagnosis. "Peyronies" is the message's misspelling of Peyronie's.
    message:
      'Over the last 6 months my penis has started to bend to the left when erect, quite a lot, and there is a hard lump on the top. Sometimes it hurts. Could this be Peyronies disease?',
    focus: 'Peyronies disease',
    types: ['diagnosis'],
  },
  {
    // "can lichen sclerosus turn into cancer" = complications.
    message:
      "I was diagnosed with lichen sclerosus on my vulva last year, I use the steroid cream and it's mostly under control. Someone in a Facebook group said it can turn into cancer. Can lichen sclerosus turn into cancer??",
    focus: 'lichen sclerosus',
    types: ['complications'],
  },
  {
    // "can I pass it on even when I don't have any sores" = susceptibility (whether someone can catch it);
    // "is it going to keep coming back for the rest of my life" = prognosis (course).
    subject: 'just diagnosed',
    message:
      "Just got diagnosed with genital herpes at the clinic today and I'm honestly in bits. I've only had 2 partners. Can I pass it on even when I don't have any sores? Is it going to keep coming back for the rest of my life?",
    focus: 'genital herpes',
    types: ['susceptibility', 'prognosis'],
  },
  {
    // "how many days do I take the Valtrex for ... do I stop when the sores are gone" = drug_usage (timing,
    // stopping), one question in two ways.
    message:
      'Got Valtrex for an outbreak. How many days do I take the Valtrex for - do I stop once the sores have gone or finish the whole box?',
    focus: 'Valtrex',
    types: ['drug_usage'],
  },
  {
    // "how long after sex will gonorrhoea show up on a test" = diagnosis.
    message: 'how long after sex will gonorrhoea show up on a test',
    focus: 'gonorrhoea',
    types: ['diagnosis'],
  },
  {
    // "what happens if syphilis isn't treated" = complications (left untreated).
    message:
      "My ex messaged me out of the blue to say he tested positive for syphilis and I should get checked. I've booked in but the earliest appointment is 3 weeks away. What happens if syphilis isn't treated for that long?",
    focus: 'syphilis',
    types: ['complications'],
  },
  {
    // "does HPV go away on its own" = prognosis (course, recovery).
    subject: 'Smear result',
    message:
      'My smear came back HPV positive but with no abnormal cells, and they want to see me again in a year. Does HPV go away on its own?',
    focus: 'HPV',
    types: ['prognosis'],
  },
  {
    // "what's the best way to get rid of genital warts" = treatment.
    message:
      "Whats the best way to get rid of genital warts? Tried the cream from the clinic for 6 weeks and they're still there. embarrassed to go back tbh",
    focus: 'genital warts',
    types: ['treatment'],
  },
  {
    // "what even is trichomoniasis" = information.
    message:
      'My girlfriend was told she has trichomoniasis and now the clinic wants me to come in too. What even is trichomoniasis? Never heard of it in my life.',
    focus: 'trichomoniasis',
    types: ['information'],
  },
  {
    // "how long after my last metronidazole tablet can I have a drink" = interactions (with alcohol).
    message:
      "I'm on metronidazole for BV and the pharmacist said no alcohol at all. My sister's wedding is on Saturday and I finish the course Thursday night. How long after my last metronidazole tablet can I have a drink?",
    focus: 'metronidazole',
    types: ['interactions'],
  },
  {
    // "how do I stop bacterial vaginosis coming back" = prevention (preventing relapses).
    subject: 'BV again!!',
    message:
      "This is my 5th time with bacterial vaginosis this year. Every time it clears up with antibiotics and then it's back within a few weeks, usually right after my period. I've stopped using scented stuff, I only use water down there. How do I stop bacterial vaginosis coming back?",
    focus: 'bacterial vaginosis',
    types: ['prevention'],
  },
  {
    // "can I take fluconazole while pregnant" = contraindications (pregnancy).
    message:
      "10 weeks pregnant and I've got thrush, it's driving me mad. Can I take fluconazole while pregnant or do I have to stick to the cream?",
    focus: 'fluconazole',
    types: ['contraindications'],
  },
  {
    // "what can she take for the period pain" = treatment; "should she be seeing a gynaecologist" =
    // find_specialist.
    message:
      'My daughter is 15 and every month her period pain is so bad she is sick and has fainted twice, and she misses 2 days of school each time. Ibuprofen barely touches it. What can she take for the period pain that is stronger? Should she be seeing a gynaecologist rather than the GP?',
    focus: 'period pain',
    types: ['treatment', 'find_specialist'],
  },
  {
    // "what causes balanitis" = cause; "is it because of my diabetes" = association (a named condition asked
    // as its cause).
    message:
      "Third time this year I've had balanitis, red and sore under the foreskin. Keep it clean, doctor gives me cream, goes away, comes back. What causes balanitis? Is it because of my diabetes? My sugars are not great to be honest.",
    focus: 'balanitis',
    types: ['cause', 'association'],
  },
  {
    // "is PCOS genetic" = inheritance; "will it make it harder for me to get pregnant" = complications
    // (effect on fertility).
    message:
      'My mum and my older sister both have PCOS and I have just been diagnosed at 22. Is PCOS genetic? Will it make it harder for me to get pregnant?',
    focus: 'PCOS',
    types: ['inheritance', 'complications'],
  },
  {
    // "what side effects should I expect from Clomid ... the hot flushes and the moods, and twins" =
    // side_effects, one question in several ways.
    subject: 'Clomid',
    message:
      "Starting my first round of Clomid on Thursday, days 2 to 6. Really nervous. What side effects should I expect from Clomid? I've read about hot flushes and mood swings and I'm worried about being a nightmare to live with. Is it true it makes twins more likely too?",
    focus: 'Clomid',
    types: ['side_effects'],
  },
  {
    // "what causes male infertility ... was it something he did" = cause; "can it be treated or is IVF the
    // only option" = treatment.
    subject: 'Trying for 2 years',
    message:
      "We have been trying for a baby for just over two years. I've had all my tests and they were fine, and last month my husband's semen test came back with a very low count and poor movement. He is taking it very hard and keeps going over whether it was the cycling or the hot baths or the drinking at uni. What causes male infertility? Was it something he did? Can it be treated, or is IVF the only option for us now? We are both 34. Any advice would be so appreciated.",
    focus: 'male infertility',
    types: ['cause', 'treatment'],
  },
  {
    // "am I still covered if I took the mini-pill 4 hours late" = drug_usage (missed or late doses).
    message: 'took my mini-pill 4 hours late this morning, am I still covered?? had sex last night',
    focus: 'mini-pill',
    types: ['drug_usage'],
  },
  {
    // "does depo provera make you put on weight" = side_effects.
    message: 'does depo provera make you put on weight',
    focus: 'depo provera',
    types: ['side_effects'],
  },
  {
    // "what treatments are there for urinary incontinence" = treatment; "do the pelvic floor exercises work or
    // will I need an operation" asks the same in other words.
    subject: 'A bit embarrassing',
    message:
      "Since my second baby (he's 3 now) I leak a bit every time I cough, sneeze or run for the bus. I've started wearing pads and I avoid the trampoline with the kids. The GP called it urinary incontinence and gave me a leaflet. What treatments are there for urinary incontinence? Do the pelvic floor exercises really work or will I end up needing an operation?",
    focus: 'urinary incontinence',
    types: ['treatment'],
  },
  {
    // "what is ospemifene used for and how does it work" = indication.
    message:
      'My gynaecologist mentioned ospemifene for the pain during sex I have had since the menopause, but I did not want to ask in the room. What is ospemifene used for exactly and how does it work?',
    focus: 'ospemifene',
    types: ['indication'],
  },
  {
    // "is it normal for tamsulosin to stop anything coming out" = side_effects (whether a problem comes from
    // the medicine).
    message:
      "On tamsulosin for my prostate for 2 months. When I climax nothing comes out any more. Is that the tamsulosin doing that? It's a bit alarming.",
    focus: 'tamsulosin',
    types: ['side_effects'],
  },
  {
    // "is it just hemroids" = diagnosis (could this be X); "what's the best thing to get rid of them" =
    // treatment. "hemroids" is the message's misspelling of hemorrhoids.
    message:
      'bright red blood on the paper when i go to the loo for about a week, bit itchy too. is it just hemroids or should i be worried? whats the best thing to get rid of them',
    focus: 'hemroids',
    types: ['diagnosis', 'treatment'],
  },
  {
    // "is there a treatment for premature ejaculation that actually works" = treatment.
    message: 'Is there a treatment for premature ejaculation that actually works? Anonymous please',
    focus: 'premature ejaculation',
    types: ['treatment'],
  },
  {
    // "which gene was it" = genetic_changes; "are there any trials we could join" = research.
    subject: 'Kallmann syndrome - genetics and trials',
    message:
      "Dear team, my son (19) was diagnosed with Kallmann syndrome after he didn't go through puberty and we realised he has no sense of smell. He is now on testosterone injections. The genetics clinic said they found a change in one of the genes but the letter was full of jargon. Which gene is usually involved in Kallmann syndrome? Also, he would like to have children one day: are there any trials or studies we could join? Kind regards, Jonathan",
    focus: 'Kallmann syndrome',
    types: ['genetic_changes', 'research'],
  },
  {
    // "how rare is androgen insensitivity syndrome" = frequency; "are there other families we can talk to, a
    // group or charity" = find_specialist (patient organizations, support groups).
    message:
      'Our 2 year old was found to have complete androgen insensitivity syndrome during a hernia operation. We had never heard of it and feel very alone. How rare is androgen insensitivity syndrome? Are there other families we could talk to, a group or a charity?',
    focus: 'androgen insensitivity syndrome',
    types: ['frequency', 'find_specialist'],
  },
  {
    // "does the NuvaRing need to be kept in the fridge" = storage_disposal.
    message:
      "Going travelling for 3 months and taking my NuvaRings with me. Does the NuvaRing need to be kept in the fridge? The hostels won't have one.",
    focus: 'NuvaRing',
    types: ['storage_disposal'],
  },
  {
    // "do I have to take Truvada every day or only around the times I have sex" = drug_usage; "will my
    // insurance pay for it" = other (insurance).
    message:
      "I'm starting Truvada for PrEP next week. Do I have to take Truvada every day or only around the times I have sex? And will my insurance pay for it or is it out of pocket?",
    focus: 'Truvada',
    types: ['drug_usage', 'other'],
  },
  {
    // "how do I stop getting cystitis every time we have sex" = prevention; "does cranberry juice help" asks
    // the same in other words.
    message:
      "I get cystitis almost every time after sex with my new partner, I'm on my 4th lot of antibiotics since January. How do I stop getting cystitis like this? Does cranberry juice help or is that a myth?",
    focus: 'cystitis',
    types: ['prevention'],
  },
  {
    // "is it safe for my wife and our toddler to touch me after I put the Androgel on" = contraindications
    // (precautions).
    message:
      'My doctor started me on Androgel for low testosterone. I put it on my shoulders in the morning. Is it safe for my wife and our 2 year old to touch me or cuddle after I put the Androgel on?',
    focus: 'Androgel',
    types: ['contraindications'],
  },
  {
    // "does letrozole have lactose in it" = ingredients.
    message:
      "Fertility clinic has put me on letrozole to help me ovulate. I'm quite badly lactose intolerant. Does letrozole have lactose in it?",
    focus: 'letrozole',
    types: ['ingredients'],
  },
];
