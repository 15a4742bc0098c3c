from msgraph import GraphServiceClient
from msgraph.generated.users.item.find_meeting_times.find_meeting_times_post_request_body import FindMeetingTimesPostRequestBody

graph_client = GraphServiceClient(credentials, scopes)

request_body = FindMeetingTimesPostRequestBody(
	meeting_duration = "PT1H",
	minimum_attendee_percentage = 100.5,
	is_organizer_optional = False,
	return_suggestion_reasons = True,
	max_candidates = 1,
	additional_data = {
		"customData@odata.type" : "#Collection(String)",
		"nested" : {
			"a" : [
				1,
				2.5,
			],
			"b" : True,
			"c" : None,
			"d" : {
			},
		},
	},
)

result = await graph_client.me.find_meeting_times.post(request_body)
