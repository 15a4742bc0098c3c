from msgraph import GraphServiceClient

graph_client = GraphServiceClient(credentials, scopes)

request_body = bytes(12)

await graph_client.me.photo.content.put(request_body)
