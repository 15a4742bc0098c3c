from msgraph import GraphServiceClient

graph_client = GraphServiceClient(credentials, scopes)

request_body = {
	"members@odata.bind" : [
		"https://graph.microsoft.com/v1.0/users/1",
	],
}

result = await graph_client.unknown_things.post(request_body)
