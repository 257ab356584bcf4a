// The whole check with the bundled dataset, sentence by sentence: what a figure
// is matched to and the verdict it gets. Each case is a way news text is written.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "check_cases.h"
#include "figcheck/figcheck.h"
#include "json_util.h"

namespace figcheck {
namespace {

using test::CheckCase;

class BundledCheckTest : public testing::TestWithParam<CheckCase> {};

TEST_P(BundledCheckTest, MatchesAndJudges) { test::expect_check_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    Sentences, BundledCheckTest,
    testing::Values(
        CheckCase{"StatementDateDoesNotDateTheToll",
                  "The health ministry said on Tuesday that more than 71,400 Palestinians have been killed since "
                  "October 2023.",
                  "2026-01-06", "more than 71,400", "gaza.deaths.cumulative", Verdict::kSupported},
        CheckCase{"WrongWoundedCount", "The war in Gaza has killed more than 71,400 people and wounded 17,100.", "2026-01-06",
                  "17,100", "gaza.injured.cumulative", Verdict::kContradicted},
        CheckCase{"OutdatedToll", "The war has killed 70,100 Palestinians, the ministry says.", "2026-01-06",
                  "70,100", "gaza.deaths.cumulative", Verdict::kOutdated},
        CheckCase{"SinceTheCeasefire", "Since the truce began, 420 people have been killed in Gaza.", "2026-01-06", "420",
                  "gaza.deaths.since_ceasefire_2025_10", Verdict::kSupported},
        // a key-figures line of a situation report: the label, a leader of dots, the figure
        CheckCase{"KeyFiguresLineWithDotLeader",
                  "GAZA STRIP | Flash Update\nInjured since the ceasefire ........... 1,313 (MoH, 7 Feb)\n",
                  "2026-02-09", "1,313", "gaza.injured.since_ceasefire_2025_10", Verdict::kOutdated},
        CheckCase{"KeyFiguresLineWithColon", "GAZA STRIP | Flash Update\nKilled since the ceasefire: 576\n",
                  "2026-02-09", "576", "gaza.deaths.since_ceasefire_2025_10", Verdict::kSupported},
        // "the crossing" in a Gaza article is Rafah unless another crossing is named
        CheckCase{"TheCrossingsClosure",
                  "In Gaza, the crossing had been shut for some 14 months when it reopened.", "2026-02-09",
                  "some 14 months", "rafah_crossing.closure_duration", Verdict::kContradicted},
        CheckCase{"AnotherCrossingsClosure", "In Gaza, the Kerem Shalom crossing was shut for 14 months.",
                  "2026-02-09", "14 months", "", Verdict::kUnverified},
        // a label with another figure between is not read as the figure's
        CheckCase{"KeyFiguresLabelWithAnotherFigure",
                  "GAZA STRIP | Flash Update\nInjured since the ceasefire in 12 towns 1,313\n", "2026-02-09",
                  "1,313", "", Verdict::kUnverified},
        CheckCase{"EventCountIsNotTheTotal", "At least 25 people were killed in strikes on Sunday, medics said.",
                  "2026-01-06", "At least 25", "", Verdict::kUnverified},
        CheckCase{"RateIsNotTheTotal", "An average of 30 people were killed every day.", "2026-01-06", "30", "",
                  Verdict::kUnverified},
        CheckCase{"OtherCountedNoun", "The war has killed 189 journalists, the group says.", "2025-09-08", "189", "",
                  Verdict::kUnverified},
        CheckCase{"PartOfAnUnnamedWhole", "Five bodies were found, three of them under rubble.", "2026-01-06",
                  "three", "", Verdict::kUnverified},
        CheckCase{"CeasefireDate", "The Gaza ceasefire took effect on October 10.", "2026-01-06", "October 10",
                  "ceasefire_2025_10.effective", Verdict::kSupported},
        CheckCase{"WrongClosureDate", "The Rafah crossing has been closed since June 2024.", "2026-01-06",
                  "since June 2024", "rafah_crossing.seized_by_israel", Verdict::kContradicted},
        CheckCase{"RemainsHeldExactly", "Hamas has returned the remains of 28 hostages under the first phase.",
                  "2026-01-06", "28", "hostages.deceased_remains_returned.since_2025_10", Verdict::kContradicted},
        CheckCase{"CountedFromAnotherStart", "Since then, more than 260 Palestinians have been killed.", "2025-11-20",
                  "more than 260", "", Verdict::kUnverified},
        // The figure is the toll counted from 7 October 2023, so the start it states is the slip.
        CheckCase{"TheTotalFromAWrongStart", "70,112 Palestinians have been killed since 7 April 2023.",
                  "2025-12-05", "since 7 April 2023", "gaza.deaths.cumulative", Verdict::kContradicted},
        CheckCase{"TheTotalFromAWrongStartIsStillChecked",
                  "70,112 Palestinians have been killed since 7 April 2023.", "2025-12-05", "70,112",
                  "gaza.deaths.cumulative", Verdict::kSupported},
        CheckCase{"OpeningStartOfTheTotalIsChecked",
                  "Since Oct 13, 2023, the health ministry says more than 68,000 Palestinians have been killed.",
                  "2025-12-05", "Since Oct 13, 2023", "gaza.deaths.cumulative", Verdict::kContradicted},
        CheckCase{"RightStartOfTheTotal", "70,112 Palestinians have been killed since 7 October 2023.",
                  "2025-12-05", "since 7 October 2023", "gaza.deaths.cumulative", Verdict::kSupported},
        // A figure far from the toll counts something else from that day: neither is judged.
        CheckCase{"AnotherCountFromAnotherStart", "More than 100 Palestinians have been killed since 27 May.",
                  "2025-12-05", "More than 100", "", Verdict::kUnverified},
        CheckCase{"AnotherStartOfAnotherCount", "More than 100 Palestinians have been killed since 27 May.",
                  "2025-12-05", "since 27 May", "", Verdict::kUnverified},
        CheckCase{"RangeWrittenBackwards",
                  "Israeli forces now hold between 98 and 63 per cent of the Gaza Strip.", "2026-01-06",
                  "between 98 and 63 per cent", "yellow_line.israeli_controlled_share", Verdict::kContradicted},
        CheckCase{"RangeWrittenInOrder", "Israeli forces now hold between 58 and 63 per cent of the Gaza Strip.",
                  "2026-01-06", "between 58 and 63 per cent", "yellow_line.israeli_controlled_share",
                  Verdict::kSupported},
        // A figure that rises and falls, given for an earlier day, is compared as things stood then.
        CheckCase{"EstimateOfAnEarlierMonth",
                  "In May 2024, the UN put the cost of rebuilding Gaza's homes at up to $40bn.", "2026-01-15",
                  "up to $40bn", "gaza.reconstruction_cost_estimate", Verdict::kSupported},
        CheckCase{"EstimateOfNoStatedDay", "The UN puts the cost of rebuilding Gaza's homes at up to $40bn.",
                  "2026-01-15", "up to $40bn", "gaza.reconstruction_cost_estimate", Verdict::kOutdated},
        CheckCase{"EarlierStockFarOff", "By early 2024 about 5.4 million displaced Gazans were sheltering in Rafah.",
                  "2026-01-20", "about 5.4 million", "rafah.displaced_sheltering", Verdict::kContradicted},
        CheckCase{"EarlierStockRight", "By early 2024 about 1.4 million displaced Gazans were sheltering in Rafah.",
                  "2026-01-20", "about 1.4 million", "rafah.displaced_sheltering", Verdict::kSupported},
        // A scope in a clause with its own figure is that figure's, not a later date's.
        CheckCase{"AnotherFiguresScopeStaysWithIt",
                  "Hamas freed 105 hostages in the November 2023 truce, 33 in the truce from 19 January to 1 "
                  "March 2025, and the last 20 on 13 October.",
                  "2026-01-06", "from 19 January to 1 March 2025", "", Verdict::kUnverified},
        CheckCase{"AScopeInAClauseOfItsOwnReachesTheDate",
                  "The November 2023 truce in Gaza, which began on 24 November 2023, lasted a week.", "2026-01-06",
                  "24 November 2023", "truce_2023_11.period", Verdict::kSupported},
        CheckCase{"AScopeInAClauseOfItsOwnJudgesTheDate",
                  "The November 2023 truce in Gaza, which began on 14 November 2023, lasted a week.", "2026-01-06",
                  "14 November 2023", "truce_2023_11.period", Verdict::kContradicted},
        CheckCase{"TheNumberOfDeadIsTheTotal", "Gaza's health ministry puts the number of dead at 69,000.",
                  "2026-01-06", "69,000", "gaza.deaths.cumulative", Verdict::kOutdated},
        // The date in a since-phrase is the start of the count, not the day of the deaths.
        CheckCase{"SinceTheTruceTookHoldOnADay",
                  "More than 420 Palestinians have been killed since the ceasefire took hold on 10 October, the "
                  "ministry says.",
                  "2026-01-06", "More than 420", "gaza.deaths.since_ceasefire_2025_10", Verdict::kSupported},
        // The figure's own noun phrase between it and the verb is no distance.
        CheckCase{"TheCountedNounStandsBetween",
                  "The Committee to Protect Journalists says at least 197 journalists and media workers have been "
                  "killed in Gaza.",
                  "2026-01-06", "at least 197", "journalists_killed.cpj", Verdict::kSupported},
        CheckCase{"ReleasedInExchange",
                  "Hamas freed 20 living hostages in exchange for nearly 2,000 Palestinian prisoners.", "2026-01-06",
                  "nearly 2,000", "ceasefire_2025_10.prisoners_released", Verdict::kSupported},
        // A part of another figure is about the fact its own noun names.
        CheckCase{"APartNamedByItsNoun",
                  "The health ministry in Gaza has said more than 14,800 Palestinians have been killed, 6,000 of "
                  "them children.",
                  "2023-11-25", "6,000", "gaza.children_killed.cumulative", Verdict::kSupported},
        CheckCase{"APartOfADeathTollByCause",
                  "Hunger has killed 463 people in Gaza, including 157 children, since the war began, the ministry "
                  "says.",
                  "2026-01-06", "463", "gaza.malnutrition_deaths.cumulative", Verdict::kSupported},
        // An exclusion inside a longer phrase of the same fact does not rule it out.
        CheckCase{"ALongerPhraseHoldsAnExclusion",
                  "Some 39,000 children in Gaza have lost one or both parents, according to the ministry.",
                  "2026-01-20", "Some 39,000", "gaza.orphans", Verdict::kSupported},
        CheckCase{"ADateReachesTheVerbOfItsClause",
                  "Israel and Hamas signed the first phase of the deal in Egypt on October 9.", "2026-01-06",
                  "October 9", "ceasefire_2025_10.agreement_signed", Verdict::kSupported},
        CheckCase{"ADateReachesTheVerbOfItsClauseToJudge",
                  "Israel and Hamas signed the first phase of the deal in Egypt on October 19.", "2026-01-06",
                  "October 19", "ceasefire_2025_10.agreement_signed", Verdict::kContradicted},
        CheckCase{"CrowdedIntoRafahIsNotItsPopulation", "By May 2024, some 1.4 million people had crowded into Rafah.",
                  "2026-01-06", "some 1.4 million", "rafah.displaced_sheltering", Verdict::kSupported},
        // A start that opens an earlier clause scopes the figure, after a dateline too.
        CheckCase{"AStartAfterADateline", "GAZA CITY (wire) - Since Saturday, 75 people have been killed in Gaza.",
                  "2026-01-06", "75", "", Verdict::kUnverified},
        // Another crossing is not Rafah's.
        CheckCase{"AnotherCrossing",
                  "The Zikim crossing into northern Gaza, closed since 12 September, has not reopened.", "2025-12-17",
                  "since 12 September", "", Verdict::kUnverified},
        // A stale share is judged by how far its odds moved: 90% does not become 50%.
        CheckCase{"AStaleShareFarOff", "About 50 per cent of Gaza's population is displaced, the UN says.",
                  "2025-12-17", "About 50 per cent", "gaza.displaced_share", Verdict::kContradicted},
        CheckCase{"AStaleShareNearby", "Seventy per cent of Gaza's population is displaced, the UN says.",
                  "2025-12-17", "Seventy per cent", "gaza.displaced_share", Verdict::kUnverified},
        // A place that opens the sentence is where the figure was counted.
        CheckCase{"AnOpeningPlaceElsewhere",
                  "In the occupied West Bank, more than 1,000 Palestinians have been killed since October 2023.",
                  "2026-01-06", "more than 1,000", "", Verdict::kUnverified},
        // A count from a start the dataset knows is not a count kept from before it.
        CheckCase{"ACountFromAKnownStart",
                  "Since the ceasefire, Israel says its troops have killed dozens of militants in Gaza.", "2026-01-06",
                  "dozens", "", Verdict::kUnverified},
        // The day a running total reached a figure dates the total, not an event.
        CheckCase{"TheDayTheTollPassedAFigure",
                  "The death toll in Gaza passed 40,000 on Thursday, according to the health ministry.", "2024-08-16",
                  "40,000", "gaza.deaths.cumulative", Verdict::kSupported},
        CheckCase{"TheDayTheTollPassedAWrongFigure",
                  "The death toll in Gaza passed 50,000 on Thursday, according to the health ministry.", "2024-08-16",
                  "50,000", "gaza.deaths.cumulative", Verdict::kContradicted},
        // In an article on the dataset's topic, a count whose subject is the topic
        // needs no subject word of its own when its metric is bound tight.
        CheckCase{"TheTopicIsTheSubject", "Strikes went on in Gaza. The health ministry's tally now stands at 71,386 killed.", "2026-01-06",
                  "71,386", "gaza.deaths.cumulative", Verdict::kSupported},
        CheckCase{"TheTopicIsTheSubjectOfAWrongCount", "Strikes went on in Gaza. The health ministry's tally now stands at 61,386 killed.",
                  "2026-01-06", "61,386", "gaza.deaths.cumulative", Verdict::kContradicted},
        // An event dated long after the article is not the one it reports.
        // (not the ceasefire of October 2025, long after the article, but the truce of
        // that week: a recent event near the figure's day)
        CheckCase{"AnEventLongAfterTheArticle", "The truce in Gaza, which began on 24 November, has seen 105 hostages freed.",
                  "2023-12-01", "24 November", "truce_2023_11.period", Verdict::kSupported},
        // An event of the two months before the article, near the figure's day, is the one
        // reported without the words that tell it from an earlier one of its kind.
        CheckCase{"ARecentEventByItsDay", "The Rafah crossing reopened on Feb. 2.", "2026-02-09", "Feb. 2",
                  "rafah_crossing.reopened_2026_02", Verdict::kSupported},
        CheckCase{"ARecentEventOnAWrongDay", "The Rafah crossing reopened on 5 February.", "2026-02-09",
                  "5 February", "rafah_crossing.reopened_2026_02", Verdict::kContradicted},
        CheckCase{"AnEarlierEventOfItsKindIsNotTheRecentOne", "The Rafah crossing reopened on 1 February 2025.",
                  "2026-02-09", "1 February 2025", "", Verdict::kUnverified},
        CheckCase{"AnEventMonthsBeforeTheArticleNeedsItsWords", "The Rafah crossing reopened on 2 February.",
                  "2026-06-01", "2 February", "", Verdict::kUnverified},
        CheckCase{"AnEventAnnouncedAhead", "The Gaza ceasefire will take effect on Friday, the mediators said.",
                  "2025-10-08", "Friday", "ceasefire_2025_10.effective", Verdict::kSupported},
        CheckCase{"HostagesStillInGaza", "Of the 50 hostages still in Gaza, Israel believes about 20 are alive.",
                  "2025-08-01", "50", "hostages.held_in_gaza", Verdict::kSupported},
        // A count of a recent stretch of time is not the running total.
        CheckCase{"TheLast24Hours",
                  "The ministry said 65 people had been killed in Gaza in the past 24 hours, bringing the toll to "
                  "71,386.",
                  "2026-01-06", "65", "", Verdict::kUnverified},
        CheckCase{"TheTotalAfterTheLast24Hours",
                  "The ministry said 65 people had been killed in Gaza in the past 24 hours, bringing the toll to "
                  "71,386.",
                  "2026-01-06", "71,386", "gaza.deaths.cumulative", Verdict::kSupported},
        CheckCase{"TheLastWeek", "Israeli strikes have killed 65 people in Gaza in the last week, the ministry says.",
                  "2026-01-06", "65", "", Verdict::kUnverified},
        CheckCase{"Overnight", "Israeli strikes killed 65 people in Gaza overnight.", "2026-01-06", "65", "",
                  Verdict::kUnverified},
        CheckCase{"ARecordedTotal", "The Gaza health ministry has recorded 65,000 deaths.", "2026-01-27", "65,000",
                  "gaza.deaths.cumulative", Verdict::kContradicted},
        // A figure far below what the fact stood at counts something else.
        CheckCase{"OneStrikesToll", "An Israeli strike has killed 25 people in Gaza City, civil defence officials said.",
                  "2026-01-06", "25", "", Verdict::kUnverified},
        CheckCase{"TwoKilledInAStrike", "Two people have been killed in an Israeli strike in Khan Younis, Gaza medics said.",
                  "2026-01-06", "Two", "", Verdict::kUnverified},
        CheckCase{"FiveWaitingForAid", "Israeli fire has killed at least five people waiting for aid near Rafah.",
                  "2026-01-06", "at least five", "", Verdict::kUnverified},
        CheckCase{"AFewSinceTheCeasefireIsStillJudged", "Only two people have been killed in Gaza since the ceasefire began.",
                  "2026-01-06", "two", "gaza.deaths.since_ceasefire_2025_10", Verdict::kContradicted},
        // A part of Gaza is not all of it.
        CheckCase{"ARegionOfGaza",
                  "Israeli strikes have killed 5,000 people in northern Gaza since October, the ministry says.",
                  "2026-01-06", "5,000", "", Verdict::kUnverified},
        CheckCase{"ARegionOpensTheSentenceAfterADateline",
                  "GAZA (wire) - In Khan Younis, 3,000 people have been killed, local officials say.", "2026-01-06",
                  "3,000", "", Verdict::kUnverified},
        // A list item of key figures states a running total.
        CheckCase{"AKeyFigureInAList", "KEY FIGURES (Gaza)\n\u2022 171,165 people injured (MoH)\n", "2025-12-18",
                  "171,165", "gaza.injured.cumulative", Verdict::kSupported},
        CheckCase{"AWrongKeyFigureInAList", "KEY FIGURES (Gaza)\n- 117,165 people injured (MoH)\n", "2025-12-18",
                  "117,165", "gaza.injured.cumulative", Verdict::kContradicted},
        // "Gaza City" is not Gaza.
        CheckCase{"ACityIsNotTheStrip",
                  "Israel has ordered residents of Gaza City, home to about a million people, to move south.",
                  "2025-10-07", "about a million", "", Verdict::kUnverified},
        // A running total given for a past day is compared as things stood that day.
        CheckCase{"ATotalOfAPastDay", "Gaza's health ministry counted the dead. Its toll passed 20,000 on 22 December.",
                  "2024-10-07", "20,000", "gaza.deaths.cumulative", Verdict::kSupported},
        CheckCase{"AWrongTotalOfAPastDay",
                  "Gaza's health ministry counted the dead. Its toll passed 40,000 on 22 December.", "2024-10-07",
                  "40,000", "gaza.deaths.cumulative", Verdict::kContradicted},
        CheckCase{"TheStartIsNotTheDayOfTheTotal",
                  "The ministry said 171,324 people have been wounded in Gaza since the war began on 7 October 2023.",
                  "2026-01-14", "171,324", "gaza.injured.cumulative", Verdict::kSupported},
        // A clause that opens with its verb has its subject before it.
        CheckCase{"TheSubjectBeforeAnAside",
                  "Gaza City, the territory's largest, was home to about 700,000 people before the war.",
                  "2026-01-06", "about 700,000", "", Verdict::kUnverified},
        // A whole is told by its own noun phrase, its unit included.
        CheckCase{"AWholeWithItsUnit",
                  "Aid groups say about 200 trucks a day are entering Gaza, a third of the 600 trucks a day promised "
                  "under the deal.",
                  "2026-01-06", "600 trucks a day", "aid.trucks_per_day.target", Verdict::kSupported},
        // A whole that opens its clause is not what the verb after it tells.
        CheckCase{"AWholeOpensTheClause", "Out of the 251 hostages, only one deceased hostage remains in Gaza.",
                  "2026-01-06", "251", "", Verdict::kUnverified},
        // A date naming the thing is read through: "since the October 10 ceasefire".
        CheckCase{"ADateNamingTheCeasefire", "More than 420 people have been killed in Gaza since the October 10 ceasefire.",
                  "2026-01-06", "More than 420", "gaza.deaths.since_ceasefire_2025_10", Verdict::kSupported},
        // A fact all of whose points give one later day is an event the article predates.
        CheckCase{"AnEventCountLongAfterTheArticle",
                  "The November truce in Gaza saw 105 hostages freed in exchange for 240 Palestinian prisoners.",
                  "2024-10-07", "240", "", Verdict::kUnverified},
        // A date between a subject and its verb dates that verb's event.
        CheckCase{"ADateBeforeItsVerb", "The IPC on Friday confirmed famine in Gaza City for the first time.",
                  "2025-08-23", "Friday", "ipc.famine_declared_gaza_governorate", Verdict::kSupported},
        CheckCase{"ADateAfterAVerbOfItsOwn",
                  "Israel resumed its offensive in Gaza on March 18 after the truce that began on January 19 collapsed.",
                  "2025-05-01", "January 19", "", Verdict::kUnverified},
        // "in more than two years of war": the whole war so far, a running total.
        CheckCase{"YearsOfWar",
                  "Gaza's health ministry said on Monday that 70,937 Palestinians had been killed and 171,192 wounded "
                  "in more than two years of war.",
                  "2025-12-23", "70,937", "gaza.deaths.cumulative", Verdict::kSupported},
        // A share of the dead, its noun the predicate.
        CheckCase{"AShareOfTheDead",
                  "The Gaza ministry does not distinguish civilians from combatants. It says more than 16,000 of "
                  "those killed were children.",
                  "2024-08-15", "more than 16,000", "gaza.children_killed.cumulative", Verdict::kSupported},
        // A figure the count went past is a lower bound.
        CheckCase{"ATollThatPassedAFigure", "The death toll in Gaza has passed 40,000, the ministry said.",
                  "2024-09-20", "40,000", "gaza.deaths.cumulative", Verdict::kSupported},
        CheckCase{"ATollThatPassedAFigureInAMonth", "The toll in Gaza passed 35,000 in mid-May, the ministry said.",
                  "2024-08-15", "35,000", "gaza.deaths.cumulative", Verdict::kSupported},
        // A stated start scopes counts, not a rate near it.
        CheckCase{"ARateNearAStatedStart",
                  "Since the truce began in October, aid deliveries to Gaza have increased but remain below the 600 "
                  "trucks a day agreed.",
                  "2026-01-06", "600 trucks a day", "aid.trucks_per_day.target", Verdict::kSupported},
        CheckCase{"RemainsReturnedSinceTheTruce",
                  "Hamas has returned the remains of 25 of the 28 deceased hostages since the truce in Gaza began.",
                  "2025-11-20", "25", "hostages.deceased_remains_returned.since_2025_10", Verdict::kSupported},
        // The day a milestone of time was reached is not the day of the event.
        CheckCase{"AMilestoneDayIsNotTheEventsDay",
                  "The truce between Israel and Hamas reached its 100th day on Sunday, with mediators pressing both "
                  "sides to move into the second phase of the deal.",
                  "2026-01-18", "Sunday", "", Verdict::kUnverified},
        CheckCase{"AMilestoneDayOpeningItsClause",
                  "On Sunday, the Gaza truce reached its 100th day as mediators pressed on the second phase of the "
                  "deal.",
                  "2026-01-18", "Sunday", "", Verdict::kUnverified},
        // The whole of a part is not what the part's verb counts.
        CheckCase{"TheWholeOfAPartIsNotThePartsCount", "Hamas has returned 27 of the 28 bodies of hostages in Gaza.",
                  "2026-01-18", "28", "", Verdict::kUnverified},
        CheckCase{"ThePartOfAWholeTakesTheVerb", "Hamas has returned 27 of the 28 bodies of hostages in Gaza.",
                  "2026-01-18", "27", "hostages.deceased_remains_returned.since_2025_10", Verdict::kSupported},
        CheckCase{"AWholeIsToldByItsOwnNounPhrase",
                  "Hamas has been slow to hand over the remains of dead hostages in Gaza; 27 of the 28 bodies due "
                  "under the first phase have been returned so far.",
                  "2026-01-18", "28", "hostages.deceased_due_2025_10", Verdict::kSupported},
        // Evacuations carried out are not the patients still waiting.
        CheckCase{"EvacuationsDoneAreNotTheBacklog",
                  "The WHO supported 312 medical evacuations from Gaza between 1 and 12 January; an estimated 18,500 "
                  "patients are still awaiting evacuation.",
                  "2026-01-18", "312", "", Verdict::kUnverified},
        // A sentence set before an event does not count it.
        CheckCase{"ASentenceSetBeforeTheEvent",
                  "A week-long truce in November 2023 freed 105 hostages held in Gaza, including 81 Israelis, in "
                  "exchange for 240 Palestinian prisoners.",
                  "2026-01-18", "240", "", Verdict::kUnverified},
        // Living in tents is not the population.
        CheckCase{"LivingInTentsIsNotThePopulation",
                  "About 63 per cent of Gaza was still under Israeli control, and some 1.7 million people are living "
                  "in tents through the winter.",
                  "2026-01-18", "some 1.7 million", "", Verdict::kUnverified},
        // A stated start belongs to the running total of its own clause.
        CheckCase{"AStartScopesItsOwnClausesTotal",
                  "The Gaza Health Ministry said the deaths brought to 449 the number of people killed since 10 "
                  "October, and to more than 71,400 the toll since the war began on 7 October 2023.",
                  "2026-01-18", "since 10 October", "gaza.deaths.since_ceasefire_2025_10", Verdict::kSupported},
        // A date without its year may mean an earlier year's day.
        CheckCase{"AYearlessDateNamingAnEarlierYearsEvent",
                  "Israel says 1,200 people were killed in the Hamas-led attack of October 7 and 251 were taken "
                  "hostage to Gaza.",
                  "2026-01-18", "October 7", "oct7.attack.date", Verdict::kSupported},
        // The whole of another figure is that figure's subject.
        CheckCase{"TheWholeOfAnotherFigureIsItsSubject",
                  "Israeli evacuation orders issued in the past week cover about 50 square kilometres, roughly 14 "
                  "per cent of the Strip.",
                  "2025-03-25", "about 50 square kilometres", "", Verdict::kUnverified},
        // A start scopes the figure of its own clause, which may count something else.
        CheckCase{"AStartScopingAnotherCount",
                  "CLAIM: \"Gaza's health ministry now counts more than 80,000 dead.\" (A post shared some 12,000 "
                  "times since Saturday.)",
                  "2026-01-28", "since Saturday", "", Verdict::kUnverified},
        // A rate's own noun says what it counts; letting trucks in is the actual rate.
        CheckCase{"TrucksLetInAreTheActualRate",
                  "CLAIM: \"Israel let in the full 600 aid trucks a day from the start of the truce.\"",
                  "2026-01-28", "600 aid trucks a day", "aid.trucks_per_day.actual", Verdict::kContradicted},
        // A part of Gaza's area is not its area; "has" ends the figure's noun phrase.
        CheckCase{"APlacePeopleAreSqueezedIntoIsNotTheArea",
                  "Gaza's population of about 2.1 million has been squeezed into an area of some 150 square "
                  "kilometres.",
                  "2026-01-10", "some 150 square kilometres", "", Verdict::kUnverified},
        CheckCase{"HasEndsTheFiguresNounPhrase",
                  "Gaza's population of about 2.1 million has been squeezed into an area of some 150 square "
                  "kilometres.",
                  "2026-01-10", "about 2.1 million", "gaza.population", Verdict::kSupported},
        // An aside between a figure and its verb is no distance.
        CheckCase{"AnAsideIsNoDistance",
                  "Some 271 people, including 112 children, have died of malnutrition in Gaza, the ministry said.",
                  "2025-08-22", "Some 271", "gaza.malnutrition_deaths.cumulative", Verdict::kSupported},
        CheckCase{"AnAsidesOwnFigureIsAPart",
                  "Some 271 people, including 112 children, have died of malnutrition in Gaza, the ministry said.",
                  "2025-08-22", "112", "", Verdict::kUnverified},
        // A date has no noun phrase of its own to conflict with a fact's words.
        CheckCase{"ADateBeforeAParticiple",
                  "Leaders signed a declaration at the Sharm el-Sheikh summit on Monday backing the Gaza deal.",
                  "2025-10-14", "Monday", "ceasefire_2025_10.sharm_summit", Verdict::kSupported},
        // What a date's event is about is named before it or in its clause.
        CheckCase{"ASubjectInALaterClauseIsNotTheDatesEvent",
                  "In Gaza, that phase, which lasted 42 days, ended on Saturday, March 1 without agreement on the "
                  "second, which was supposed to end the war for good.",
                  "2025-03-03", "Saturday, March 1", "", Verdict::kUnverified},
        // A date right before its event's noun names the event.
        CheckCase{"ADateNamingItsEvent", "Hamas took 251 people hostage during the October 7 attack on Israel.",
                  "2025-12-20", "October 7", "oct7.attack.date", Verdict::kSupported},
        // What a running total may come to is no claim of what it is.
        CheckCase{"AProjectionIsNotTheRunningTotal",
                  "Researchers warn the Gaza death toll could eventually exceed 100,000.", "2025-12-01", "100,000", "",
                  Verdict::kUnverified},
        // A start scopes the figure of its own clause, or all the sentence when it opens it.
        CheckCase{"AStartInAClauseWithoutAFigure",
                  "The war in Gaza has killed more than 72,000 Palestinians, according to the territory's Health "
                  "Ministry, and a ceasefire has held, shakily, since October.",
                  "2026-02-09", "since October", "", Verdict::kUnverified},
        CheckCase{"AStartOpeningTheSentence",
                  "Since Oct 7, 2023, the health ministry says more than 68,000 Palestinians have been killed in Gaza.",
                  "2025-11-01", "Since Oct 7, 2023", "gaza.deaths.cumulative", Verdict::kSupported},
        // What a deal provides for is its target; a rate is actual only by its own words.
        CheckCase{"WhatADealProvidesFor",
                  "A ceasefire takes effect in Gaza. Its first phase, set to last 42 days, provides for 33 hostages to "
                  "go free and for 600 aid trucks a day to enter.",
                  "2026-02-09", "600 aid trucks a day", "aid.trucks_per_day.target", Verdict::kSupported},
        // A part that names its own count and start is that count.
        CheckCase{"APartNamingItsOwnCount",
                  "As of Saturday, the ministry counted 72,027 Palestinians killed in Gaza and 171,651 wounded since "
                  "Oct. 7, 2023, including 576 killed since the ceasefire.",
                  "2026-02-09", "576", "gaza.deaths.since_ceasefire_2025_10", Verdict::kSupported},
        // A figure after "and" that opens with its verb shares the noun before it.
        CheckCase{"AnElidedNounIsShared",
                  "Since the war began, more than 20,000 children have been killed and at least 44,000 injured "
                  "across Gaza, according to the ministry.",
                  "2026-01-13", "at least 44,000", "", Verdict::kUnverified},
        CheckCase{"NoNounToShare",
                  "The ministry says 71,400 killed and 171,300 wounded in Gaza since October 2023.", "2026-01-13",
                  "171,300", "gaza.injured.cumulative", Verdict::kSupported},
        // Deaths on all fronts are not Gaza's toll.
        CheckCase{"DeathsOnAllFronts",
                  "Their deaths raised to 389 the number of soldiers killed in the ground offensive in Gaza, and to "
                  "823 the number killed on all fronts since the war erupted.",
                  "2024-12-16", "823", "", Verdict::kUnverified},
        // A box of figures: each line a figure, a dash and its label, dated in brackets.
        CheckCase{"ABoxOfFiguresLine",
                  "BY THE NUMBERS\n70,112 — Palestinians killed in Gaza, per the health ministry (Dec. 3)\n",
                  "2025-12-05", "70,112", "gaza.deaths.cumulative", Verdict::kSupported},
        CheckCase{"ABoxOfFiguresLineOutdated",
                  "BY THE NUMBERS\n170,677 — Palestinians wounded in Gaza, per the health ministry (Dec. 3)\n",
                  "2025-12-05", "170,677", "gaza.injured.cumulative", Verdict::kOutdated},
        // A date after "of" dates what it follows: "resolution 2803 of 17 November".
        CheckCase{"AResolutionOfADate",
                  "The Security Council blessed Gaza's Board of Peace in resolution 2803 of 27 November.",
                  "2025-12-09", "27 November", "unsc_res_2803.adopted", Verdict::kContradicted},
        // A date more than a year before an event, in a sentence set before it, is another's.
        CheckCase{"ADateOfAnEarlierTruce",
                  "A pause in Gaza that began on 24 November 2023 ran for seven days; fighting resumed on 1 December "
                  "2023.",
                  "2026-01-29", "1 December 2023", "", Verdict::kUnverified},
        // A part's own clause (", including ...") scopes the part, not the totals before it.
        CheckCase{"APartsScopeIsItsOwn",
                  "Health officials say 71,400 people had been killed and 171,300 injured in Gaza by Sunday, "
                  "including 420 killed since the ceasefire began.",
                  "2026-01-06", "71,400", "gaza.deaths.cumulative", Verdict::kSupported},
        CheckCase{"APartsScopeIsItsOwnInjured",
                  "Health officials say 71,400 people had been killed and 171,300 injured in Gaza by Sunday, "
                  "including 420 killed since the ceasefire began.",
                  "2026-01-06", "171,300", "gaza.injured.cumulative", Verdict::kSupported},
        CheckCase{"APartWithItsOwnScope",
                  "Health officials say 71,400 people had been killed and 171,300 injured in Gaza by Sunday, "
                  "including 420 killed since the ceasefire began.",
                  "2026-01-06", "420", "gaza.deaths.since_ceasefire_2025_10", Verdict::kSupported},
        CheckCase{"UnrelatedSentence", "The council approved 12 new schools on Monday.", "2026-01-06", "12", "",
                  Verdict::kUnverified},
        // an age beside the words of a count counts no one
        CheckCase{"AnAgeIsNoCount",
                  "The Israeli military said one of the two was a 24-year-old staff sergeant killed on Oct. 7, "
                  "2023, whose body was taken into Gaza from a border post.",
                  "2025-10-19", "24-year-old", "", Verdict::kUnverified},
        // the open question of round 13: "allowed ... into Gaza" is what entered, not the deal's figure
        CheckCase{"TrucksAllowedIntoGazaEntered",
                  "Since Wednesday, Israel has allowed about 300 aid trucks a day into Gaza, half the 600 set out in "
                  "the deal.",
                  "2025-10-19", "about 300 aid trucks a day", "aid.trucks_per_day.actual", Verdict::kSupported},
        // the deal that promised a rate of trucks is what the agreed rate is about
        CheckCase{"TheDealNamesTheTrucksTarget",
                  "Aid is slowly reaching Gaza. The truce deal promised 600 trucks a day.", "2025-12-01",
                  "600 trucks a day", "aid.trucks_per_day.target", Verdict::kSupported},
        CheckCase{"AWrongRateUnderTheAgreement",
                  "Aid is slowly reaching Gaza. The agreement provides for 500 trucks a day.", "2025-12-01",
                  "500 trucks a day", "aid.trucks_per_day.target", Verdict::kContradicted},
        // "set out in the agreement" is said of the 600, not of the 180 before it
        CheckCase{"TheAgreedScopeIsTheNearerFigures",
                  "Aid is slowly reaching Gaza. Trucks averaged 180 a day last week, a third of the 600 trucks a "
                  "day set out in the agreement.",
                  "2025-12-01", "180 a day", "", Verdict::kUnverified},
        CheckCase{"TheNearerFigureKeepsTheAgreedScope",
                  "Aid is slowly reaching Gaza. Trucks averaged 180 a day last week, a third of the 600 trucks a "
                  "day set out in the agreement.",
                  "2025-12-01", "600 trucks a day", "aid.trucks_per_day.target", Verdict::kSupported},
        // a deal of 2023 is not the one that set the target in 2025
        CheckCase{"AnEarlierDealsTrucks",
                  "Aid is slowly reaching Gaza. The truce deal allows 200 trucks a day and four tankers of fuel.",
                  "2023-11-25", "200 trucks a day", "", Verdict::kUnverified},
        // a share of a whole that a place possesses: the verb is the share's, the whole the
        // place's people
        CheckCase{"TheShareOfAPossessedWhole",
                  "In Gaza, roughly 90 percent of the Strip's 2.1 million people have been driven from their "
                  "homes, the UN says.",
                  "2025-12-01", "roughly 90 percent", "gaza.displaced_share", Verdict::kSupported},
        CheckCase{"APossessedWholeIsThePopulation",
                  "In Gaza, roughly 90 percent of the Strip's 2.1 million people have been driven from their "
                  "homes, the UN says.",
                  "2025-12-01", "2.1 million", "gaza.population", Verdict::kSupported},
        CheckCase{"AWrongPopulationAfterItsPossessor",
                  "The crossing is the only exit for Gaza's 2.6 million people.", "2026-02-09", "2.6 million",
                  "gaza.population", Verdict::kContradicted},
        // a possessor names the figure right after it only
        CheckCase{"APossessorFurtherBackNamesNoPopulation",
                  "Gaza's health ministry says 20,000 people sleep in tents.", "2025-12-01", "20,000", "",
                  Verdict::kUnverified},
        // the dead a deal covers are the ones it required back; the part before that whole
        // keeps its own verb
        CheckCase{"TheDeadHostagesCoveredByTheDeal",
                  "Militants in Gaza have handed back the remains of 27 of the 28 dead hostages covered by the "
                  "ceasefire deal.",
                  "2025-12-20", "28", "hostages.deceased_due_2025_10", Verdict::kSupported},
        CheckCase{"APartBeforeTheCoveredWholeKeepsItsVerb",
                  "Militants in Gaza have handed back the remains of 27 of the 28 dead hostages covered by the "
                  "ceasefire deal.",
                  "2025-12-20", "27", "hostages.deceased_remains_returned.since_2025_10", Verdict::kSupported},
        CheckCase{"AWrongCountOfTheDeadCovered",
                  "In Gaza, the 30 dead hostages covered by the agreement have not all been found.", "2025-12-20",
                  "30", "hostages.deceased_due_2025_10", Verdict::kContradicted},
        // what the troops kept when they pulled back is the share they hold
        CheckCase{"TheShareTheTroopsKept",
                  "Israeli troops pulled back in Gaza on 10 October, keeping about 53% of the Strip.", "2025-11-01",
                  "about 53%", "yellow_line.israeli_controlled_share", Verdict::kSupported},
        CheckCase{"AShareKeptOfSomethingElse", "Israel says Hamas is keeping 20 percent of the aid that enters Gaza.",
                  "2025-11-01", "20 percent", "", Verdict::kUnverified},
        // what rebuilding needs is what it costs; other needs are not
        CheckCase{"ReconstructionNeedsAreItsCost",
                  "A joint assessment puts Gaza's reconstruction needs at about $7bn.", "2026-01-20", "about $7bn",
                  "gaza.reconstruction_cost_estimate", Verdict::kContradicted},
        CheckCase{"HumanitarianNeedsAreNoReconstruction", "The appeal puts Gaza's humanitarian needs at about $4bn.",
                  "2026-01-20", "about $4bn", "", Verdict::kUnverified},
        // the living hostages who go free or are home are the ones released
        CheckCase{"TheLivingHostagesHamasFrees", "In Gaza, Hamas frees the last 20 living hostages.", "2025-10-20",
                  "20", "hostages.living_released_2025_10_13", Verdict::kSupported},
        CheckCase{"TooManyLivingHostagesHome", "All 24 living hostages held in Gaza are home.", "2025-10-20", "24",
                  "hostages.living_released_2025_10_13", Verdict::kContradicted},
        // hostages to go free are not the ones still held
        CheckCase{"HostagesToGoFreeAreNotTheHeld", "Hamas will free 33 hostages held in Gaza, the mediators said.",
                  "2025-10-20", "33", "", Verdict::kUnverified},
        // the six weeks to 1 March 2025 are the first phase of the January deal
        CheckCase{"ThePhaseThatEndedOnMarch1",
                  "In Gaza, 33 hostages were returned during the first phase, which ended on March 1.", "2025-04-01",
                  "33", "ceasefire_2025_01.phase1_outcome", Verdict::kSupported},
        CheckCase{"TooManyFreedOverTheSixWeeks",
                  "In Gaza, 38 hostages were freed over the six weeks of the first phase.", "2025-04-01", "38",
                  "ceasefire_2025_01.phase1_outcome", Verdict::kContradicted},
        CheckCase{"SixWeeksOfDeathsAreNoRelease", "In Gaza, 33 people were killed over six weeks, the ministry said.",
                  "2025-04-01", "33", "", Verdict::kUnverified},
        // a timeline's line: its date, then a colon or a lone hyphen, then the date's event
        CheckCase{"TimelineDateBeforeColonDatesTheEvent",
                  "Gaza in dates\nOct. 10, 2025: The truce takes effect at midday under the US plan.\n", "2025-12-01",
                  "Oct. 10, 2025", "ceasefire_2025_10.effective", Verdict::kSupported},
        CheckCase{"BulletedTimelineDateBeforeHyphenDatesTheEvent",
                  "Gaza in dates\n* OCT 12, 2025 - The truce takes effect across the Strip.\n", "2025-12-01",
                  "OCT 12, 2025", "ceasefire_2025_10.effective", Verdict::kContradicted},
        // "Jan." is January: that line's truce is the earlier one, which its words do not name
        CheckCase{"TimelineDateInJanuaryIsNotTheOctoberTruce",
                  "Gaza in dates\nJan. 19, 2025: A truce takes effect after 15 months of war.\n", "2025-12-01",
                  "Jan. 19, 2025", "", Verdict::kUnverified},
        // a date that does not open its line dates no event after a colon
        CheckCase{"DateInsideLineBeforeColonDatesNoLaterEvent",
                  "Gaza in dates\nThe plan was dated Oct. 9, 2025: the truce takes effect the next day.\n",
                  "2025-12-01", "Oct. 9, 2025", "", Verdict::kUnverified},
        // "began" within "war that began" is the war's start, not the truce's beside it
        CheckCase{"WarThatBeganBesideTruceIsTheAttack",
                  "The Gaza truce held into a third week, more than two years into a war that began on 7 October 2023.",
                  "2025-11-01", "7 October 2023", "oct7.attack.date", Verdict::kSupported},
        CheckCase{"WarThatBeganOnAnotherDayIsContradicted",
                  "Aid groups said the war that began on 8 October 2023 had emptied the north of Gaza.", "2025-11-01",
                  "8 October 2023", "oct7.attack.date", Verdict::kContradicted},
        // a truce that began in November is not the October 2025 ceasefire, whose words it shares
        CheckCase{"NovemberTruceIsNotTheOctoberCeasefire",
                  "Gaza's hostages: 105 came out during the truce that began on November 22, 2023.", "2025-11-01",
                  "November 22, 2023", "", Verdict::kUnverified},
        CheckCase{"TruceThatBeganInOctoberIsTheCeasefire",
                  "Gaza has been calmer since the truce that began on 10 October 2025.", "2025-11-01",
                  "10 October 2025", "ceasefire_2025_10.effective", Verdict::kSupported},
        // "the ceasefire of <day>" names the ceasefire by the day it took effect
        CheckCase{"CeasefireOfItsDayNamesIt",
                  "Gaza's ministry counted 300 killed after the ceasefire of October 10.", "2025-11-20",
                  "October 10", "ceasefire_2025_10.effective", Verdict::kSupported},
        CheckCase{"CeasefireOfAWrongDayIsContradicted",
                  "Gaza's ministry counted 300 killed after the ceasefire of 12 October 2025.", "2025-11-20",
                  "12 October 2025", "ceasefire_2025_10.effective", Verdict::kContradicted},
        // the earlier ceasefire, named by its month, is not the October one
        CheckCase{"CeasefireOfJanuaryIsNotTheOctoberOne",
                  "Gaza's hospitals refilled their stores during the ceasefire of January 2025.", "2025-11-20",
                  "January 2025", "", Verdict::kUnverified},
        // "the opening phase" is the first phase, of the January deal's end or of the October deal's signing
        CheckCase{"OpeningPhaseExpiresIsTheFirstPhasesEnd",
                  "Gaza in dates\n1 March 2025 - The opening phase of the truce expires without a deal.\n",
                  "2025-07-01", "1 March 2025", "ceasefire_2025_01.phase1_end", Verdict::kSupported},
        CheckCase{"OpeningPhaseSignedOnAWrongDay",
                  "Gaza in dates\n7 October 2025 - Israel and Hamas sign the opening phase in Egypt.\n",
                  "2025-12-01", "7 October 2025", "ceasefire_2025_10.agreement_signed", Verdict::kContradicted},
        // an opening phase of the October deal ends in no January truce
        CheckCase{"OpeningPhaseOfTheOctoberDealIsNotTheJanuaryOnes",
                  "Gaza's opening phase of the October deal ended on 20 November 2025, officials said.", "2025-12-01",
                  "20 November 2025", "", Verdict::kUnverified},
        // the people or hostages taken into Gaza were taken in the October 7 attack
        CheckCase{"PeopleTakenIntoGazaDateTheAttack",
                  "Of all the people taken into Gaza on 7 October 2023, only a handful remain there.", "2025-11-01",
                  "7 October 2023", "oct7.attack.date", Verdict::kSupported},
        CheckCase{"HostagesTakenIntoGazaOnAWrongDay",
                  "Most hostages taken into Gaza on 9 October 2023 have since come home.", "2025-11-01",
                  "9 October 2023", "oct7.attack.date", Verdict::kContradicted},
        // aid taken into Gaza is no hostage-taking
        CheckCase{"AidTakenIntoGazaIsNoAttack", "Flour was taken into Gaza on 3 March 2025 by UN trucks.",
                  "2025-11-01", "3 March 2025", "", Verdict::kUnverified},
        // the plan's own name between its verb and the day is no distance
        CheckCase{"PlanUnveiledAtTheWhiteHouse",
                  "In Gaza talks, Trump unveiled his 20-point plan at a Washington event on 29 September.", "2025-11-01",
                  "29 September", "peace_plan_20pt.announced", Verdict::kSupported},
        CheckCase{"PlanUnveiledAtTheWhiteHouseOnAWrongDay",
                  "In Gaza talks, Trump unveiled his 20-point plan at a Washington event on 22 September.", "2025-11-01",
                  "22 September", "peace_plan_20pt.announced", Verdict::kContradicted},
        // the White House alone names no plan
        CheckCase{"WhiteHouseAnnouncementIsNoPlan",
                  "The White House announced new Gaza aid funding on 22 September.", "2025-11-01", "22 September", "",
                  Verdict::kUnverified}),
    test::check_case_name);

// The bundled dataset has a topic; an article that never names it is not compared
// with the facts, however much its figures' words read like theirs.
constexpr const char* kOffTopic =
    "LIMA (Reuters) - A magnitude 6.1 earthquake shook Peru on Tuesday. It was the strongest since August 2007, "
    "when a magnitude 8.0 tremor near Pisco killed 519 people.";
constexpr const char* kOffTopicExplanation =
    "The article never names the dataset's subject (Gaza, Israel, Hamas, \u2026), so its figures are not "
    "compared with it.";

const Finding& finding_of(const Report& report, std::string_view figure) {
  for (const Finding& finding : report.findings) {
    if (finding.mention.text == figure) return finding;
  }
  throw std::runtime_error("no mention \"" + std::string(figure) + "\"");
}

TEST(TopicTest, AnArticleThatNeverNamesTheTopicGetsNoFactMatches) {
  const Report report = check(kOffTopic, Date{2025, 3, 18}, bundled_dataset());
  ASSERT_GE(report.findings.size(), 3u);
  for (const Finding& finding : report.findings) {
    EXPECT_EQ(finding.fact_id, "") << finding.mention.text;
    EXPECT_EQ(finding.verdict, Verdict::kUnverified) << finding.mention.text;
    EXPECT_EQ(finding.explanation, kOffTopicExplanation) << finding.mention.text;
  }
  EXPECT_EQ(report.summary.checked, 0);
}

TEST(TopicTest, WithoutATopicTheSameArticleIsComparedAsBefore) {
  Dataset untopical = bundled_dataset();
  untopical.topic.clear();
  const Report report = check(kOffTopic, Date{2025, 3, 18}, untopical);
  // The false alarm the topic is there to prevent.
  EXPECT_EQ(finding_of(report, "519").fact_id, "gaza.deaths.cumulative");
  EXPECT_EQ(finding_of(report, "519").verdict, Verdict::kContradicted);
}

TEST(TopicTest, NamingTheTopicOnceAnywhereLetsFiguresMatch) {
  constexpr const char* kBody = "The war has killed more than 71,400 people and wounded 17,100.";
  const Report without = check(kBody, Date{2026, 1, 6}, bundled_dataset());
  EXPECT_EQ(finding_of(without, "17,100").fact_id, "");
  EXPECT_EQ(finding_of(without, "17,100").explanation, kOffTopicExplanation);
  // Case and inflection do not matter; the phrase may stand in another sentence, even after the figures.
  for (const char* named : {"GAZA CITY\n", "Israeli officials declined to comment. ",
                            "Palestinians mourned. "}) {
    for (const bool before : {true, false}) {
      const std::string text = before ? named + std::string(kBody) : kBody + std::string("\n") + named;
      const Report report = check(text, Date{2026, 1, 6}, bundled_dataset());
      EXPECT_EQ(finding_of(report, "17,100").fact_id, "gaza.injured.cumulative") << text;
      EXPECT_EQ(finding_of(report, "17,100").verdict, Verdict::kContradicted) << text;
      EXPECT_EQ(finding_of(report, "more than 71,400").verdict, Verdict::kSupported) << text;
    }
  }
}

TEST(TopicTest, APhraseCountsOnlyAsAWordOrItsPluralOrAdjective) {
  Dataset dataset = bundled_dataset();
  dataset.topic = {"war", "West Bank"};
  constexpr const char* kFigure = "More than 71,400 people have been killed";
  auto matched = [&](const std::string& text) {
    return !finding_of(check(text, Date{2026, 1, 6}, dataset), "More than 71,400").fact_id.empty();
  };
  EXPECT_TRUE(matched(std::string(kFigure) + " in the war."));
  EXPECT_TRUE(matched(std::string(kFigure) + " in two wars."));
  EXPECT_FALSE(matched(std::string(kFigure) + ", warnings say."));       // "war" only starts "warnings"
  EXPECT_FALSE(matched(std::string(kFigure) + ", an award-winning study says."));  // inside "award"
  EXPECT_TRUE(matched(std::string(kFigure) + ", says a study from the West\n  bank."));
  EXPECT_FALSE(matched(std::string(kFigure) + ", says a study from the Westbank."));
  const Report report = check("71,400 killed, 2 awards", Date{2026, 1, 6}, dataset);
  EXPECT_EQ(report.findings.at(0).explanation,
            "The article never names the dataset's subject (war, West Bank), so its figures are not compared "
            "with it.");
}

TEST(TopicTest, APeoplesPluralAndAdjectiveNameTheTopicButALongerWordDoesNot) {
  constexpr const char* kFigure = "More than 71,400 people have been killed.";
  for (const char* named : {"Israelis", "Israeli", "Gazans", "Palestinians", "Hamas's", "GAZA"}) {
    const Report report = check(std::string(kFigure) + " " + named + " mourned.", Date{2026, 1, 6}, bundled_dataset());
    EXPECT_EQ(finding_of(report, "More than 71,400").fact_id, "gaza.deaths.cumulative") << named;
  }
  // "Philadelphi" (the corridor) is a topic phrase; Philadelphia is another place.
  const Report report = check(std::string(kFigure) + " A study in Philadelphia found it.", Date{2026, 1, 6},
                              bundled_dataset());
  EXPECT_EQ(finding_of(report, "More than 71,400").explanation, kOffTopicExplanation);
}

TEST(TopicTest, SelfConsistencyIsCheckedWithoutTheTopic) {
  const Report report = check("The quake struck on Thursday, 15 August 2007, and killed 519 people.",
                              Date{2025, 3, 18}, bundled_dataset());
  const Finding& weekday = finding_of(report, "Thursday, 15 August 2007");
  EXPECT_EQ(weekday.verdict, Verdict::kContradicted);
  EXPECT_EQ(weekday.explanation, "15 August 2007 was a Wednesday, not a Thursday.");
  EXPECT_EQ(finding_of(report, "519").explanation, kOffTopicExplanation);
}

// A newsletter's running total on two days of its week: both hold.
TEST(BundledCheckTest, ARunningTotalOnTwoDaysOfAWeek) {
  static const Checker checker(bundled_dataset());
  const Report report = checker.check(
      "Sat 29 Nov\nGaza's health ministry counted 354 killed since the truce began.\n\n"
      "Thu 4 Dec\nThe ministry said 366 Palestinians had been killed in Gaza since the truce began.",
      *parse_iso_date("2025-12-05"));
  int supported = 0;
  for (const Finding& finding : report.findings) {
    if (finding.mention.text == "354" || finding.mention.text == "366") {
      EXPECT_EQ(finding.verdict, Verdict::kSupported) << finding.mention.text << ": " << finding.explanation;
      ++supported;
    }
  }
  EXPECT_EQ(supported, 2);
}

// A table's figures are read as their column's header says, on their row's day.
TEST(BundledCheckTest, ATableOfARunningTotal) {
  static const Checker checker(bundled_dataset());
  const Report report = checker.check(
      "The Gaza health ministry's counts at key points of the war:\n\n"
      "| As of | Killed | Wounded |\n|---|---|---|\n"
      "| 31 Dec 2023 | 21,822 | 56,451 |\n| 15 Aug 2024 | 40,005 | 92,401 |\n| 29 Jul 2025 | 59,029 | 145,870 |\n",
      *parse_iso_date("2026-01-13"));
  const auto verdict_of = [&](std::string_view figure) {
    for (const Finding& finding : report.findings) {
      if (finding.mention.text == figure) return std::make_pair(std::string(finding.fact_id), finding.verdict);
    }
    return std::make_pair(std::string("missing"), Verdict::kUnverified);
  };
  EXPECT_EQ(verdict_of("21,822"), std::make_pair(std::string("gaza.deaths.cumulative"), Verdict::kSupported));
  EXPECT_EQ(verdict_of("92,401"), std::make_pair(std::string("gaza.injured.cumulative"), Verdict::kSupported));
  // the 21 July figure given for 29 July, when the count had moved on
  EXPECT_EQ(verdict_of("59,029"), std::make_pair(std::string("gaza.deaths.cumulative"), Verdict::kOutdated));
}

TEST(BundledCheckTest, PipesWithoutAHeaderAreNoTable) {
  static const Checker checker(bundled_dataset());
  const Report report = checker.check("Gaza | 21,822 | 56,451\n", *parse_iso_date("2026-01-13"));
  for (const Finding& finding : report.findings) EXPECT_EQ(finding.verdict, Verdict::kUnverified) << finding.mention.text;
}

TEST(BundledCheckTest, SummaryCountsEveryMention) {
  const Report report = check("The war has killed 70,100 people and wounded 17,100 since October 2023. "
                              "Talks resume on 12 January.",
                              Date{2026, 1, 6}, bundled_dataset());
  const Summary& summary = report.summary;
  EXPECT_EQ(summary.mentions, static_cast<int>(report.findings.size()));
  EXPECT_EQ(summary.supported + summary.contradicted + summary.outdated + summary.unverified, summary.mentions);
  EXPECT_EQ(summary.checked, summary.mentions - summary.unverified);
}

// A key-figure line's label is its figure's subject whether or not a fact is named,
// and a sentence after it does not take it.
TEST(BundledCheckTest, ALabelIsTheSubjectOfItsLineAlone) {
  const Report report = check("In Gaza, children injured: over 42,000\nHe saw 12.\nFuel delivered: 1.1 million litres\n"
                              "Reporting period: 2\u20138 February 2026\n",
                              Date{2026, 2, 10}, bundled_dataset());
  ASSERT_EQ(report.findings.size(), 4U);
  EXPECT_EQ(report.findings[1].mention.text, "12");
  EXPECT_EQ(report.findings[1].claim.subject, "");
  EXPECT_EQ(report.findings[2].claim.subject, "Fuel delivered");
  EXPECT_EQ(report.findings[3].claim.subject, "Reporting period");
}

TEST(ReportJsonTest, PiecesJoinToTheWholeReport) {
  std::string text;
  for (int i = 0; i < 200; ++i) {
    text += "The war has killed 70,100 people and wounded 17,100 since October 2023 in Gaza. "
            "Talks resume on 12 January; about 600 trucks a day were promised.\n";
  }
  const Report report = check(text, Date{2026, 1, 6}, bundled_dataset());
  std::vector<std::string> pieces;
  write_report_json(report, [&](std::string_view piece) { pieces.emplace_back(piece); });
  std::string joined;
  for (const std::string& piece : pieces) joined += piece;
  EXPECT_GT(pieces.size(), 2u);  // the report is several times the piece size
  for (const std::string& piece : pieces) EXPECT_LE(piece.size(), 64u * 1024);
  EXPECT_EQ(joined, report_to_json(report));
}

// The estimate is the room the wasm module gathers the pieces in: enough as a rule,
// and not so much more that a long text's report takes much more memory.
TEST(ReportJsonTest, SizeEstimateIsALittleMoreThanTheJson) {
  for (const char* name : {"125-data-crime-figures-knife-fraud-rates", "133-wire-ap-gaza-toll-hostage-remains"}) {
    SCOPED_TRACE(name);
    std::ifstream file(std::filesystem::path(FIGCHECK_SOURCE_DIR) / "tests" / "articles" / (std::string(name) + ".txt"));
    std::ostringstream article;
    article << file.rdbuf();
    ASSERT_FALSE(article.str().empty());
    std::string text;
    for (int i = 0; i < 20; ++i) text += article.str() + "\n\n";
    const Report report = check(text, Date{2026, 1, 6}, bundled_dataset());
    const std::size_t written = report_to_json(report).size();
    EXPECT_GE(report_json_size_estimate(report), written);
    EXPECT_LE(report_json_size_estimate(report), written + written / 4);
  }
}

// Words in another script reach the report as \u escapes, six bytes for each two of
// the text: a long text of them outgrows the estimate, and the wasm module's buffer
// for the pieces must grow (tests/node/native-parity.test.mjs checks this text's
// report there against the native one).
TEST(ReportJsonTest, ClaimsInAnotherScriptOutgrowTheEstimate) {
  std::string text;
  for (int i = 0; i < 1200; ++i) {
    text += "In Gaza, 12 \xCE\xA0\xCE\xB1\xCE\xBB\xCE\xB1\xCE\xB9\xCF\x83\xCF\x84\xCE\xAF\xCE\xBD\xCE\xB9\xCE\xBF\xCE\xB9 "
            "\xCF\x80\xCF\x81\xCF\x8C\xCF\x83\xCF\x86\xCF\x85\xCE\xB3\xCE\xB5\xCF\x82 were counted. ";
  }
  const Report report = check(text, Date{2026, 1, 6}, bundled_dataset());
  ASSERT_EQ(report.findings.size(), 1200u);
  EXPECT_EQ(report.findings[0].claim.subject,
            "\xCE\xA0\xCE\xB1\xCE\xBB\xCE\xB1\xCE\xB9\xCF\x83\xCF\x84\xCE\xAF\xCE\xBD\xCE\xB9\xCE\xBF\xCE\xB9 "
            "\xCF\x80\xCF\x81\xCF\x8C\xCF\x83\xCF\x86\xCF\x85\xCE\xB3\xCE\xB5\xCF\x82");
  EXPECT_LT(report_json_size_estimate(report), report_to_json(report).size());
}

// Everything past ASCII (in the text a euro sign, a narrow no-break space and an
// en dash; in the dataset's name another) reaches the JSON as \u escapes and reads
// back as the same characters.
TEST(ReportJsonTest, IsAsciiWithTheTextsCharactersEscaped) {
  const std::string text = "Donors pledged \xE2\x82\xAC" "53.2bn, and 171\xE2\x80\xAF" "000 people fled in 2024\xE2\x80\x93" "2025.";
  const Report report = check(text, Date{2026, 1, 6}, bundled_dataset());
  const std::string json = report_to_json(report);
  EXPECT_TRUE(std::all_of(json.begin(), json.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }));
  EXPECT_NE(json.find(R"("text":"\u20ac53.2bn")"), std::string::npos) << json;
  const detail::ParsedJson parsed = detail::parse_json(json);
  ASSERT_TRUE(parsed.ok());
  std::vector<std::string> texts;
  for (const auto& mention : parsed.value["mentions"]) texts.push_back(mention["text"].get<std::string>());
  EXPECT_EQ(texts, (std::vector<std::string>{"\xE2\x82\xAC" "53.2bn", "171\xE2\x80\xAF" "000", "2024\xE2\x80\x93" "2025"}));
}

}  // namespace
}  // namespace figcheck
