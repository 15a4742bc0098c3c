from msgraph import GraphServiceClient

graph_client = GraphServiceClient(credentials, scopes)

result = await graph_client.me.drive.items.by_drive_item_id('driveItem-id').content.get()
