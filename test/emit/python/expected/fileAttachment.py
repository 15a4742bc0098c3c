from msgraph import GraphServiceClient
from msgraph.generated.models.file_attachment import FileAttachment
import base64

graph_client = GraphServiceClient(credentials, scopes)

request_body = FileAttachment(
	odata_type = "#microsoft.graph.fileAttachment",
	name = "smile",
	content_bytes = base64.urlsafe_b64decode("SGVsbG8gd29ybGQ="),
)

result = await graph_client.me.messages.by_message_id('message-id').attachments.post(request_body)
