from msgraph import GraphServiceClient
from msgraph.generated.users.item.send_mail.send_mail_post_request_body import SendMailPostRequestBody
from msgraph.generated.models.message import Message
from msgraph.generated.models.item_body import ItemBody
from msgraph.generated.models.body_type import BodyType
from msgraph.generated.models.recipient import Recipient
from msgraph.generated.models.email_address import EmailAddress

graph_client = GraphServiceClient(credentials, scopes)

request_body = SendMailPostRequestBody(
	message = Message(
		subject = "Meet for lunch?",
		body = ItemBody(
			content_type = BodyType.Html,
			content = "The new cafeteria is open.\n\"Come\" \\ see",
		),
		to_recipients = [
			Recipient(
				email_address = EmailAddress(
					address = "frannis@contoso.com",
				),
			),
		],
		from_ = Recipient(
			email_address = EmailAddress(
				address = "me@contoso.com",
			),
		),
	),
	save_to_sent_items = False,
)

await graph_client.me.send_mail.post(request_body)
