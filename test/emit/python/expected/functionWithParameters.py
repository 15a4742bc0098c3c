from msgraph import GraphServiceClient

graph_client = GraphServiceClient(credentials, scopes)

result = await graph_client.reports.get_email_activity_counts_with_period("{period}").get()
