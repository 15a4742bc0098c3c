from msgraph import GraphServiceClient
from msgraph.generated.models.thing import Thing

graph_client = GraphServiceClient(credentials, scopes)

request_body = Thing(
	legacies = [
	],
	additional_data = {
		"legacy" : {
			"value" : "x",
		},
		"mode" : "on",
	},
)

await graph_client.things.by_thing_id('thing-id').patch(request_body)
