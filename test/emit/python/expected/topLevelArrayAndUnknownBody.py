from msgraph import GraphServiceClient

graph_client = GraphServiceClient(credentials, scopes)

request_body = [
	{
		"a" : "b",
	},
	1,
]

await graph_client.some_unknown_thing.post(request_body)
