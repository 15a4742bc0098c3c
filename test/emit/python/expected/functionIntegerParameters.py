from msgraph import GraphServiceClient

graph_client = GraphServiceClient(credentials, scopes)

result = await graph_client.me.export_device_and_app_management_data_with_skip_with_top(1, 1).get()
