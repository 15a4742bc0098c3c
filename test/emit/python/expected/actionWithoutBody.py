from msgraph_beta import GraphServiceClient

graph_client = GraphServiceClient(credentials, scopes)

result = await graph_client.me().revoke_sign_in_sessions.post()
