package check

import (
	"testing"

	"figs/model"
)

// TestEnglishContradictions: sentences whose figures disagree, one check
// each, of the kind named.
func TestEnglishContradictions(t *testing.T) {
	runCases(t, "en", []checkCase{
		// stated change against its values
		{"grew 30% gives 50%", "Passenger numbers grew 30% to 12 million, from 8 million a year earlier.", model.CheckChange},
		{"rose by per cent", "Revenue rose by 30 per cent to £12m from £8m.", model.CheckChange},
		{"fell 25% gives 40%", "Sales fell 25% to $60m, down from $100m.", model.CheckChange},
		{"up percent", "Pre-tax profit was up 12 percent to $4.5 billion, from $3.5 billion in 2003.", model.CheckChange},
		{"dropped by", "The number of jobless claims dropped by 5% to 300,000 from 400,000.", model.CheckChange},
		{"increased", "Exports increased 8% to 1.9 million tonnes from 1.5 million tonnes.", model.CheckChange},
		{"sign wrong", "Operating profit rose 25% to €60m, from €80m a year ago.", model.CheckChange},
		{"jumped", "Shares jumped 15% to $46 from $32 in early trading.", model.CheckChange},
		{"declined", "Turnover declined 10% to £450m, compared with £600m last year.", model.CheckChange},
		{"from to after", "Net income climbed 20% from $1.2 billion to $1.8 billion.", model.CheckChange},
		{"percentage points", "Unemployment rose 2 percentage points from 5.1% to 8.3%.", model.CheckChange},
		{"an increase of", "Membership reached 45,000, up from 30,000, an increase of 20%.", model.CheckChange},
		{"up from after the value", "Total revenue for the year was 10bn euros, up 8.1% from 8.5bn euros.", model.CheckChange},
		{"from a year to", "The volume of sales fell by 13% from 36,185 last year to 28,041.", model.CheckChange},
		{"cut by", "The firm cut its workforce by 10% to 2,000 from 3,000.", model.CheckChange},
		// multiples
		{"doubled is tripled", "Sales doubled to $30 million from $10 million.", model.CheckMultiple},
		{"tripled is doubled", "Online orders tripled from 2,000 to 4,000 a week.", model.CheckMultiple},
		{"halved is a quarter", "The deficit was halved from £40bn to £10bn.", model.CheckMultiple},
		{"more than doubled", "Profits more than doubled, from $5m to $8m.", model.CheckMultiple},
		{"quadrupled", "Capacity quadrupled from 500 megawatts to 1,000 megawatts.", model.CheckMultiple},
		{"by a third", "Imports fell by a third, from 90,000 to 80,000 cars.", model.CheckMultiple},
		{"by half", "Waiting lists were cut by half, from 12,000 to 9,000 patients.", model.CheckMultiple},
		{"doubling", "The company reported a doubling of users from 4 million to 5 million.", model.CheckMultiple},
		{"nearly doubled is tripled", "Prices nearly doubled from $2 to $6 a gallon.", model.CheckMultiple},
		// direction
		{"dropped rises", "Unemployment dropped from 4.1 to 5.3 percent.", model.CheckDirection},
		{"fell rises", "The share price fell from 70p to 85p.", model.CheckDirection},
		{"rose falls", "Inflation rose from 3.2% to 2.9% in March.", model.CheckDirection},
		{"climbed falls", "Average house prices climbed from £210,000 to £195,000.", model.CheckDirection},
		{"up from falls", "Output was 1.2 million barrels a day, up from 1.5 million barrels a day.", model.CheckDirection},
		{"down from rises", "The trade gap was $45bn, down from $40bn.", model.CheckDirection},
		{"increased falls", "The number of students increased from 8,500 to 7,900.", model.CheckDirection},
		{"plunged rises", "Crude plunged to $52 a barrel from $48 a barrel.", model.CheckDirection},
		{"declined rises", "Attendance declined from 41,000 to 44,500 last season.", model.CheckDirection},
		// parts above their whole
		{"of the delegates", "Of the 120 delegates, 70 backed the plan and 62 opposed it.", model.CheckParts},
		{"out of", "Out of 300 staff, 180 were made redundant and 150 were moved to other sites.", model.CheckParts},
		{"part above its whole", "Only 150 of the 120 delegates turned up.", model.CheckParts},
		{"three parts", "Of the 40 games, 22 were won, 12 drawn and 9 lost.", model.CheckParts},
		{"out of members", "Seventy out of 60 members voted for the motion.", model.CheckParts},
		// shares
		{"shares over 100", "In the vote, 52% backed Labour, 36% the Conservatives and 19% the Liberal Democrats.", model.CheckShares},
		{"yes and no", "In the referendum, 58% voted yes and 47% voted no.", model.CheckShares},
		{"two thirds", "Two-thirds (58%) of voters agreed with the decision.", model.CheckShares},
		{"more than half", "More than half (48%) of the members backed the merger.", model.CheckShares},
		{"a majority", "A majority (45%) of shareholders opposed the bonus.", model.CheckShares},
		{"one in four", "One in four (40%) of the firms plan to hire.", model.CheckShares},
		{"a third", "A third (45%) of the workforce is over 50.", model.CheckShares},
		{"market shares", "Apple had a market share of 48%, Samsung 35% and Huawei 24%.", model.CheckShares},
		// the same thing twice
		{"tower", "The 300-metre tower dominates the skyline. Engineers say the 320-metre tower will sway in high winds.", model.CheckRepeat},
		{"bridge", "A 1,200-metre bridge will link the islands. Work on the 1,500-metre bridge starts next year.", model.CheckRepeat},
	})
}

// TestEnglishConsistent: sentences whose figures agree, or that give them
// no chance to disagree; none raises a check.
func TestEnglishConsistent(t *testing.T) {
	runCases(t, "en", []checkCase{
		{"grew 50%", "Passenger numbers grew 50% to 12 million from 8 million.", ""},
		{"rounded change", "Revenue rose 33% to £12m from £9m.", ""},
		{"rounded values", "Sales rose 4% to 12 million from 11.4 million.", ""},
		{"truncated change", "Profits rose 29% to $1.8bn from $1.39bn.", ""},
		{"about", "Sales fell about 20% to $61m, down from $80m.", ""},
		{"nearly", "Exports grew nearly 30% to 1.2 million tonnes from 950,000 tonnes.", ""},
		{"more than", "Turnover rose more than 40% to $70m from $48m.", ""},
		{"per year", "The population grew 10% a year, from 100,000 to 133,000.", ""},
		{"annual average", "Output has risen by an average of 5% from 40,000 to 51,000 units.", ""},
		{"real terms", "In real terms, spending rose 2% to £30bn from £28bn.", ""},
		{"points called percent", "Unemployment rose 2% from 5% to 7%.", ""},
		{"percentage points right", "The jobless rate rose 1.5 percentage points from 4.5% to 6%.", ""},
		{"relative on percents", "The rate rose 50% from 4% to 6%.", ""},
		{"fell 25%", "Sales fell 25% to $60m, down from $80m.", ""},
		{"sank", "Profit sank 40% to €30m from €50m.", ""},
		{"doubled", "Sales doubled to $20 million from $10 million.", ""},
		{"roughly doubled", "Orders roughly doubled, from 4,100 to 7,600.", ""},
		{"more than doubled", "Profits more than doubled, from $5m to $12m.", ""},
		{"nearly doubled", "Prices nearly doubled from $2 to $3.80 a gallon.", ""},
		{"halved", "The deficit was halved from £40bn to £21bn.", ""},
		{"tripled", "Online orders tripled from 2,000 to 6,100 a week.", ""},
		{"by a third", "Imports fell by a third, from 90,000 to 60,000 cars.", ""},
		{"fell", "Unemployment fell from 5.3 to 4.1 percent.", ""},
		{"rose", "Inflation rose from 2.9% to 3.2% in March.", ""},
		{"up from", "Output was 1.5 million barrels a day, up from 1.2 million barrels a day.", ""},
		{"years not values", "Sales fell from 2019 to 2021, the report said.", ""},
		{"ranks", "The club dropped from 3rd to 7th place.", ""},
		{"negated", "Prices did not fall from 70p to 85p, as some had claimed.", ""},
		{"other verb nearer", "Imports fell while exports rose from 12,000 to 15,000 tonnes.", ""},
		{"measure not direction", "The rise in prices slowed from 3.1% to 2.4% last month.", ""},
		{"parts add up", "Of the 120 delegates, 70 backed the plan and 45 opposed it.", ""},
		{"parts with abstentions", "Of the 120 delegates, 70 backed the plan, 40 opposed it and 10 abstained.", ""},
		{"overlapping parts", "Of the 120 delegates, 100 voted, 70 of them for the plan.", ""},
		{"two rounds", "Of the 120 delegates, 70 backed the plan in the first round and 85 in the second.", ""},
		{"different years", "Of the 500 jobs, 300 were cut in 2019 and 250 in 2021.", ""},
		{"part of whole", "Only 70 of the 120 delegates turned up.", ""},
		{"shares add up", "In the vote, 52% backed Labour, 33% the Conservatives and 15% the Liberal Democrats.", ""},
		{"shares rounding", "In the referendum, 50.4% voted yes and 49.7% voted no.", ""},
		{"different wholes", "The plan was backed by 58% of men and 62% of women.", ""},
		{"shares at two times", "Labour's share of the vote was 52% in 1997 and 55% in 2001.", ""},
		{"several answers", "In the survey, 64% said prices were the main worry and 58% said jobs.", ""},
		{"turnout and share", "Turnout was 72% and 55% voted yes.", ""},
		{"two thirds right", "Two-thirds (65%) of voters agreed with the decision.", ""},
		{"more than half right", "More than half (54%) of the members backed the merger.", ""},
		{"nearly half", "Nearly half (44%) of the firms plan to hire.", ""},
		{"first half", "In the first half (+12%) sales beat forecasts.", ""},
		{"a new tower", "A 300-metre tower dominates the skyline. A 320-metre tower is planned nearby.", ""},
		{"same tower", "The 300-metre tower dominates the skyline. Engineers say the 300-metre tower will sway.", ""},
		{"different things", "The 300-metre tower opened in May. The 40-metre bridge opened in June.", ""},
		{"up from after the value right", "Total revenue for the year was 10bn euros, up 8.1% from 9.25bn euros.", ""},
		{"from a year to right", "The volume of sales fell by 23% from 36,185 in 2003 to 28,041 for the same period in 2004.", ""},
		{"rate slowed", "Industrial output grew 15.7% in the year to October, down from 23% in February.", ""},
		{"cumulative", "Cases rose by 200 to 1,200 from 1,000.", ""},
		{"forecast cut", "The IMF is to cut its 2005 growth forecast for the German economy from 1.8% to 0.8%.", ""},
		{"growth slipping", "Growth forecasts slipped to 1.8% from 2.0% this year.", ""},
		{"empty", "", ""},
		{"no figures", "Nothing here was counted.", ""},
	})
}
